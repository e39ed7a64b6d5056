import type { CSSProperties } from 'react';
import { en } from '../../content/strings/en';

interface Props {
  /** Share of the largest marker's radius for a population, as the markers use it. */
  scale: (population: number) => number;
}

const STEPS = [1, 4, 8];

/** Says what a circle's size means, with circles drawn at the same scale as the markers. */
export function MapLegend({ scale }: Props) {
  return (
    <div className="map-legend">
      <p className="map-legend__title">{en.legendTitle}</p>
      <ul className="map-legend__items">
        {STEPS.map((millions) => (
          <li key={millions} className="map-legend__item">
            <span
              className="map-legend__circle"
              aria-hidden="true"
              style={{ '--k': scale(millions * 1_000_000).toFixed(4) } as CSSProperties}
            />
            {en.legendValue(millions)}
          </li>
        ))}
      </ul>
    </div>
  );
}
