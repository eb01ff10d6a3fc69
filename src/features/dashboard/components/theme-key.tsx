import type { ThemeGroup } from '../model/measure-rows';
import { THEME_COLOURS } from './theme-colours';
import './chart-key.css';

/** The bar colours in words, as HTML beside the chart (ECharts legends are not keyboard-reachable). */
export function ThemeKey({ groups }: { groups: readonly ThemeGroup[] }) {
  return (
    <ul className="svm-chart-key" aria-label="Bar colours">
      {groups.map((group) => (
        <li key={group.theme} className="svm-chart-key__item">
          <span
            className="svm-chart-key__swatch"
            style={{ background: THEME_COLOURS[group.theme] }}
            aria-hidden="true"
          />
          {group.name}
        </li>
      ))}
    </ul>
  );
}
