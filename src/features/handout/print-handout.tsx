import { useLocale } from '../../store/locale-store';
import { copyNote } from '../../content/citation';
import type { Source } from '../../content/schema';
import { citySources, uniqueSources } from '../sources/collect-sources';
import { firstSentence } from '../../content/first-sentence';
import { dataFolder } from '../../content/data-export';
import { isOfflineCopy } from '../../content/offline-copy';
import { SITE } from '../../content/site';
import { island, useFullContent } from '../../components/island';

/**
 * What a printed page adds under the map: a short note per city and the
 * sources, compact. Hidden on screen; the print stylesheet shows it and hides
 * every control (src/styles/print.css). An island (src/components/island.tsx).
 */
export const PrintHandout = island(function PrintHandout() {
  const { t, lang, format } = useLocale();
  const { annotation, cities, report } = useFullContent();
  // The same words as the page's citations: what kind of copy, and that titles are in English.
  const publisherOf = (source: Source) => {
    const note = copyNote(source, t);
    return note ? `${source.publisher} (${note})` : source.publisher;
  };
  const inOriginal = t.citation.originalLanguage ? ` ${t.citation.originalLanguage}` : '';
  return (
    <section className="print-handout" data-island>
      <p className="print-handout__figure">
        <strong>{format.percentChange(annotation.value)}</strong>
        {` ${annotation.measures}. ${annotation.qualifier}.`}
      </p>
      <p className="print-handout__context">
        <strong>{`${t.annotation.officialFigures}: `}</strong>
        {`${annotation.context.caveat} ${annotation.context.figures.map((f) => f.text).join(' ')}`}
      </p>
      <div className="print-handout__cities">
        {cities.map((city) => {
          // The latest event (events are newest first), in a line.
          const latest = city.events[0]!;
          return (
            <p key={city.id}>
              <strong>{`${city.name}, ${city.state}.`}</strong>
              {` ${city.summary} `}
              <span className="print-handout__event">
                {`${t.handout.latestEvent(format.date(latest.date, t.popover.undatedEvent))} ${firstSentence(latest.text)}`}
              </span>
            </p>
          );
        })}
      </div>
      <h2>{t.handout.sources}</h2>
      <p className="print-handout__sources">
        {`${t.handout.report}: ${report.sources
          .map((s) => `${s.title}${inOriginal} (${publisherOf(s)})`)
          .join('; ')}. `}
        {`${t.handout.officialFigures}: ${uniqueSources(
          annotation.context.figures.flatMap((figure) => figure.sources),
        )
          .map((s) => `${publisherOf(s)}, ${format.date(s.date, t.citation.undated)}`)
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
});
