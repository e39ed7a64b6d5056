import { useId } from 'react';
import type { Source } from '../../content/schema';
import { useLocale } from '../../store/locale-store';
import { SourceLink } from '../../components/source-link';
import { citySources, sortedSources } from './collect-sources';
import { CiteThis, GetTheData, UpdatesList } from './take-away';
import { isOfflineCopy } from '../../content/offline-copy';

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
 * Every source behind the piece: the report's, then each city's, each listed
 * once; what changed and when; the data to take away and how to cite it.
 */
export function SourcesSection() {
  const headingId = useId();
  const locale = useLocale();
  const t = locale.t.sources;
  const { report, cities } = locale.content;
  return (
    <section className="sources" aria-labelledby={headingId}>
      <h2 id={headingId} className="sources__title">
        {t.heading}
      </h2>
      <p className="sources__meta">
        {`${t.lastUpdated} `}
        <time dateTime={report.lastUpdated}>
          {locale.format.date(report.lastUpdated, locale.t.citation.undated)}
        </time>
      </p>
      <UpdatesList />
      <p className="sources__note">{t.intro}</p>
      <p className="sources__note">{t.copiesNote}</p>

      <div className="sources__group">
        <h3 className="sources__group-title">{t.reportGroup}</h3>
        <SourceList sources={sortedSources(report.sources)} />
      </div>

      {cities.map((city) => (
        <div key={city.id} className="sources__group">
          <h3 className="sources__group-title">{t.cityGroup(city.name, city.state)}</h3>
          <SourceList sources={citySources(city)} />
        </div>
      ))}

      {/* The offline copy is one file: it has no data files beside it. */}
      {isOfflineCopy() ? null : <GetTheData />}
      <CiteThis />
    </section>
  );
}
