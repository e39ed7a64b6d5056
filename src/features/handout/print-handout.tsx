import { useLocale } from '../../store/locale-store';
import { copyNote } from '../../content/citation';
import type { Source } from '../../content/schema';
import { citySources } from '../sources/collect-sources';
import { dataFolder } from '../../content/data-export';
import { isOfflineCopy } from '../../content/offline-copy';
import { SITE } from '../../content/site';

/**
 * What a printed page adds under the map: a short note per city and the
 * sources, compact. Hidden on screen; the print stylesheet shows it and hides
 * every control (src/styles/print.css).
 */
export function PrintHandout() {
  const { t, lang, content, format } = useLocale();
  const { annotation, cities, report } = content;
  // The same words as the page's citations: what kind of copy, and that titles are in English.
  const publisherOf = (source: Source) => {
    const note = copyNote(source, t);
    return note ? `${source.publisher} (${note})` : source.publisher;
  };
  const inOriginal = t.citation.originalLanguage ? ` ${t.citation.originalLanguage}` : '';
  return (
    <section className="print-handout">
      <p className="print-handout__figure">
        <strong>{format.percentChange(annotation.value)}</strong>
        {` ${annotation.measures}. ${annotation.qualifier}.`}
      </p>
      <div className="print-handout__cities">
        {cities.map((city) => (
          <p key={city.id}>
            <strong>{`${city.name}, ${city.state}.`}</strong>
            {` ${city.summary}`}
          </p>
        ))}
      </div>
      <h2>{t.handout.sources}</h2>
      <p className="print-handout__sources">
        {`${t.handout.report}: ${report.sources
          .map((s) => `${s.title}${inOriginal} (${publisherOf(s)})`)
          .join('; ')}. `}
        {cities.map((city) => (
          <span key={city.id}>
            <strong>{`${city.name}:`}</strong>
            {` ${citySources(city)
              .map((s) => `${publisherOf(s)}, ${format.date(s.date, t.citation.undated)}`)
              .join('; ')}. `}
          </span>
        ))}
      </p>
      {isOfflineCopy() ? null : (
        <p className="print-handout__data">
          {t.data.handoutLine(new URL(`${dataFolder(lang)}data.json`, SITE.url).href)}
        </p>
      )}
      <p className="print-handout__footer">
        {t.handout.footer(format.date(report.lastUpdated, t.citation.undated))}
      </p>
    </section>
  );
}
