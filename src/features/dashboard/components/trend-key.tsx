import { TREND_SERIES } from './trend-series';
import './chart-key.css';

const DASHES = { solid: undefined, dashed: '8 4', dotted: '2 4' } as const;

/** The trend's lines in words, with a sample of each line's style. */
export function TrendKey() {
  return (
    <ul className="svm-chart-key" aria-label="Lines">
      {Object.values(TREND_SERIES).map((series) => (
        <li key={series.name} className="svm-chart-key__item">
          <svg className="svm-chart-key__line" width="32" height="12" aria-hidden="true" focusable="false">
            <line
              x1="2"
              y1="6"
              x2="30"
              y2="6"
              stroke={series.colour}
              strokeWidth="3"
              strokeDasharray={DASHES[series.line]}
            />
          </svg>
          {series.name}
        </li>
      ))}
    </ul>
  );
}
