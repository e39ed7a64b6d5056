import { useAppStore } from '../../store/app-store';
import { useLocale } from '../../store/locale-store';
import { island, useFullContent } from '../../components/island';
import { LatestEvent } from '../city-popover/latest-event';

/**
 * The five cities as a table: the same content as the map, without it, and
 * each city's latest event. Drawn when a reader chooses it, so it asks for
 * the full content (an island, src/components/island.tsx).
 */
export const CityList = island(function CityList() {
  const selectCity = useAppStore((s) => s.selectCity);
  const selectedCityId = useAppStore((s) => s.selectedCityId);
  const { t, format } = useLocale();
  const { cities } = useFullContent();
  return (
    <div className="city-list">
      <table className="city-list__table">
        <caption>{t.list.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.list.city}</th>
            <th scope="col">{t.list.state}</th>
            <th scope="col" className="city-list__number">
              {t.list.population}
            </th>
            <th scope="col">{t.list.stance}</th>
            <th scope="col">{t.list.latestEvent}</th>
            <th scope="col">{t.list.notes}</th>
          </tr>
        </thead>
        <tbody>
          {cities.map((city) => (
            <tr key={city.id}>
              <th scope="row">{city.name}</th>
              <td>{city.state}</td>
              <td className="city-list__number">{format.number(city.population.value)}</td>
              <td>{city.summary}</td>
              <td className="city-list__event">
                {/* On a phone, where the table's header is hidden, the cell says what it is. */}
                <span className="city-list__cell-label">{`${t.list.latestEvent}: `}</span>
                <LatestEvent city={city} />
              </td>
              <td>
                <button
                  type="button"
                  className="button"
                  data-city-opener
                  aria-haspopup="dialog"
                  aria-expanded={selectedCityId === city.id}
                  aria-label={t.list.openName(city.name)}
                  onClick={() => selectCity(city.id)}
                >
                  {t.list.open}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
