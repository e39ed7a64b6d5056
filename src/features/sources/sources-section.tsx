import { useId } from 'react';
import type { Source } from '../../content/schema';
import { useLocale } from '../../store/locale-store';
import { SourceLink } from '../../components/source-link';
import { island, useFullContent } from '../../components/island';
import { copyNote } from '../../content/citation';
import { citySources, sortedSources } from './collect-sources';
import { CiteThis, GetTheData, UpdatesList } from './take-away';
import { isOfflineCopy } from '../../content/offline-copy';
import { popoverId } from '../city-popover/popover-dom';

function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="sources__list">
      {sources.map((source) => (
        <li key={source.url} className="sources__item">
          <SourceLink source={source} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The words of the sources section: what changed and when, the report's
 * sources, linked, and each city's, once each, by publisher and year, with a
 * button to the city's notes, where each note's sources are linked beneath
 * it (linking them here too would send every address twice in the page).
 * An island: the page's script does not carry them (src/components/island.tsx).
 */
const SourcesText = island(function SourcesText() {
  const { t: strings } = useLocale();
  const t = strings.sources;
  const { report, cities } = useFullContent();
  const cited = (source: Source) => {
    const note = copyNote(source, strings);
    const year = source.date ? source.date.slice(0, 4) : strings.citation.undated;
    return `${source.publisher}${note ? ` (${note})` : ''}, ${year}`;
  };
  return (
    <div className="sources__text" data-island>
      <UpdatesList />
      {/* The offline copy is one file: it has no data files to point to. */}
      <p className="sources__note">{isOfflineCopy() ? t.introOffline : t.intro}</p>
      <p className="sources__note">{t.copiesNote}</p>

      <div className="sources__group">
        <h3 className="sources__group-title">{t.reportGroup}</h3>
        <SourceList sources={sortedSources(report.sources)} />
      </div>

      {cities.map((city) => (
        <div key={city.id} className="sources__group">
          <h3 className="sources__group-title">{t.cityGroup(city.name, city.state)}</h3>
          <p className="sources__cited">{`${citySources(city).map(cited).join('; ')}.`}</p>
          <button
            type="button"
            className="button button--small"
            data-city-opener
            // Opens the notes by itself, before any script and after; the app
            // follows. "Show", not the default toggle: open notes stay open.
            popoverTarget={popoverId(city.id)}
            popoverTargetAction="show"
          >
            {t.openNotes(city.name)}
          </button>
        </div>
      ))}
    </div>
  );
});

/** Every source behind the piece, the data to take away, which holds every source in full, and how to cite. */
export function SourcesSection() {
  const headingId = useId();
  const { t, format, content } = useLocale();
  const { lastUpdated } = content.report;
  return (
    <section className="sources" aria-labelledby={headingId}>
      <h2 id={headingId} className="sources__title">
        {t.sources.heading}
      </h2>
      <p className="sources__meta">
        {`${t.sources.lastUpdated} `}
        <time dateTime={lastUpdated}>{format.date(lastUpdated, t.citation.undated)}</time>
      </p>
      <SourcesText />
      {/* The offline copy is one file: it has no data files beside it. */}
      {isOfflineCopy() ? null : <GetTheData />}
      <CiteThis />
    </section>
  );
}
