import { cities } from '../../content/content';
import { en } from '../../content/strings/en';
import { useAppStore } from '../../store/app-store';

const formatNumber = new Intl.NumberFormat('en-US');

/** The five cities as a table: the same content as the map, without it. */
export function CityList() {
  const selectCity = useAppStore((s) => s.selectCity);
  const selectedCityId = useAppStore((s) => s.selectedCityId);
  return (
    <div className="city-list">
      <table className="city-list__table">
        <caption>{en.list.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{en.list.city}</th>
            <th scope="col">{en.list.state}</th>
            <th scope="col" className="city-list__number">
              {en.list.population}
            </th>
            <th scope="col">{en.list.stance}</th>
            <th scope="col">{en.list.notes}</th>
          </tr>
        </thead>
        <tbody>
          {cities.map((city) => (
            <tr key={city.id}>
              <th scope="row">{city.name}</th>
              <td>{city.state}</td>
              <td className="city-list__number">{formatNumber.format(city.population.value)}</td>
              <td>{city.summary}</td>
              <td>
                <button
                  type="button"
                  className="button"
                  data-city-opener
                  aria-haspopup="dialog"
                  aria-expanded={selectedCityId === city.id}
                  aria-label={en.list.openName(city.name)}
                  onClick={() => selectCity(city.id)}
                >
                  {en.list.open}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
