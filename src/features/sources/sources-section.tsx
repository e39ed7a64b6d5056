import { useId } from 'react';
import { cities, report } from '../../content/content';
import type { Source } from '../../content/schema';
import { en } from '../../content/strings/en';
import { SourceLink } from '../../components/source-link';
import { formatPartialDate } from '../../components/format-date';
import { citySources, sortedSources } from './collect-sources';

const t = en.sources;

function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="sources__list">
      {sources.map((source) => (
        <li key={source.url} className="sources__item">
          <SourceLink source={source} words={en.citation} />
        </li>
      ))}
    </ul>
  );
}

/** Every source behind the piece: the report's, then each city's, each listed once. */
export function SourcesSection() {
  const headingId = useId();
  return (
    <section className="sources" aria-labelledby={headingId}>
      <h2 id={headingId} className="sources__title">
        {t.heading}
      </h2>
      <p className="sources__meta">
        {t.lastUpdated}{' '}
        <time dateTime={report.lastUpdated}>{formatPartialDate(report.lastUpdated)}</time>
      </p>
      <p className="sources__note">{t.intro}</p>
      <p className="sources__note">{t.mirrorNote(en.citation.mirror)}</p>

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
    </section>
  );
}
