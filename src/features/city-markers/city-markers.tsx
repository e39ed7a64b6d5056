import { useAppStore } from '../../store/app-store';
import { useHydrated } from '../../components/use-hydrated';
import { popoverId } from '../city-popover/popover-dom';
import { useLocale } from '../../store/locale-store';
import { LABEL_SIDE } from './label-placement';

/**
 * The five city buttons. They live in one HTML layer over whichever map is
 * drawn (static SVG or MapLibre) and are placed by CSS from each city's world
 * coordinates and marker size (a stylesheet generated from the content at
 * build time, src/map/map-points-css.ts) and the map overlay's frame variables
 * (--s, --ox, --oy), which the stylesheet derives from the container size and
 * the map adapter overrides as the camera moves. So they exist, and work,
 * without MapLibre.
 */
export function CityMarkers() {
  const selectedCityId = useAppStore((s) => s.selectedCityId);
  const hydrated = useHydrated();
  const { t, content, format } = useLocale();
  return (
    <ul className="map-markers" aria-label={t.citiesGroupLabel}>
      {content.cities.map((city) => {
        const selected = city.id === selectedCityId;
        return (
          <li
            key={city.id}
            className="map-point city-marker"
            data-city={city.id}
            data-label={LABEL_SIDE[city.id]}
          >
            <button
              type="button"
              className="city-marker__button"
              data-city-marker={city.id}
              // Opens and closes its notes by itself, before any script too;
              // the app follows (city-popovers.tsx). The platform says
              // expanded or not until the app can (it knows pre-script taps).
              popoverTarget={popoverId(city.id)}
              aria-expanded={hydrated ? selected : undefined}
              aria-label={t.cityButtonName(
                city.name,
                city.state,
                format.number(city.population.value),
              )}
            >
              <span className="city-marker__dot" aria-hidden="true" />
              <span className="city-marker__label">{city.name}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
