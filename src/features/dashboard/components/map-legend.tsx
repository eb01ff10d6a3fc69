import { MAP_BANDS } from './borough-map-option';
import './map-legend.css';

/** The map's colour key, in text; the map labels each borough too. */
export function MapLegend({ filterActive }: { filterActive: boolean }) {
  const bands = filterActive ? MAP_BANDS : MAP_BANDS.filter((band) => band.key !== 'not-in-filter');
  return (
    <div className="svm-map-legend">
      <p className="svm-map-legend__title">Key: delivered as % of expected</p>
      <ul className="svm-map-legend__list">
        {bands.map((band) => (
          <li key={band.key} className="svm-map-legend__item">
            <span className="svm-map-legend__swatch" style={{ background: band.fill }} aria-hidden="true" />
            {band.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
