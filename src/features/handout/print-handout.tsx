import { annotation, cities, report } from '../../content/content';
import { en } from '../../content/strings/en';
import { formatPartialDate } from '../../components/format-date';
import { citySources } from '../sources/collect-sources';

/**
 * What a printed page adds under the map: a short note per city and the
 * sources, compact. Hidden on screen; the print stylesheet shows it and hides
 * every control (src/styles/print.css).
 */
export function PrintHandout() {
  return (
    <section className="print-handout">
      <p className="print-handout__figure">
        <strong>{annotation.label}</strong> {annotation.measures}. {annotation.qualifier}.
      </p>
      <div className="print-handout__cities">
        {cities.map((city) => (
          <p key={city.id}>
            <strong>
              {city.name}, {city.state}.
            </strong>{' '}
            {city.summary}
          </p>
        ))}
      </div>
      <h2>{en.handout.sources}</h2>
      <p className="print-handout__sources">
        {en.handout.report}: {report.sources.map((s) => `${s.title} (${s.publisher})`).join('; ')}.{' '}
        {cities.map((city) => (
          <span key={city.id}>
            <strong>{city.name}:</strong>{' '}
            {citySources(city)
              .map((s) => `${s.publisher}, ${formatPartialDate(s.date, en.citation.undated)}`)
              .join('; ')}
            .{' '}
          </span>
        ))}
      </p>
      <p className="print-handout__footer">
        {en.handout.footer(formatPartialDate(report.lastUpdated))}
      </p>
    </section>
  );
}
