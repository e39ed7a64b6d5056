import { useAppStore } from '../../store/app-store';
import { useLocale } from '../../store/locale-store';

/** The five cities as a table: the same content as the map, without it. */
export function CityList() {
  const selectCity = useAppStore((s) => s.selectCity);
  const selectedCityId = useAppStore((s) => s.selectedCityId);
  const { t, content, format } = useLocale();
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
            <th scope="col">{t.list.notes}</th>
          </tr>
        </thead>
        <tbody>
          {content.cities.map((city) => (
            <tr key={city.id}>
              <th scope="row">{city.name}</th>
              <td>{city.state}</td>
              <td className="city-list__number">{format.number(city.population.value)}</td>
              <td>{city.summary}</td>
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
}
