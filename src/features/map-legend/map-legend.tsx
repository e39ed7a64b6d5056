import { useLocale } from '../../store/locale-store';
import { LEGEND_STEPS } from './legend-steps';

/**
 * Says what a circle's size means. The circles are sized by the same
 * generated stylesheet and scale as the markers (src/map/map-points-css.ts).
 */
export function MapLegend() {
  const { t, format } = useLocale();
  return (
    <div className="map-legend">
      <p className="map-legend__title">{t.legendTitle}</p>
      <ul className="map-legend__items">
        {LEGEND_STEPS.map((millions) => (
          <li key={millions} className="map-legend__item">
            <span className="map-legend__circle" data-millions={millions} aria-hidden="true" />
            {format.compact(millions * 1_000_000)}
          </li>
        ))}
      </ul>
    </div>
  );
}
