import { useId } from 'react';
import { useLocale } from '../../store/locale-store';
import { SourceLink } from '../../components/source-link';

interface Props {
  /** Wrap the body in a native disclosure (closed at first) so an embed can stay short. */
  collapsible?: boolean;
}

/** What the report credited to Axios says, what we could not verify, and where it was read. */
export function ReportPanel({ collapsible = false }: Props) {
  const headingId = useId();
  const locale = useLocale();
  const t = locale.t.report;
  const { report } = locale.content;
  const heading = (
    <h2 id={headingId} className="report-panel__title">
      {t.heading}
    </h2>
  );
  const body = (
    <div className="report-panel__body">
      <p className="report-panel__headline">
        <span className="report-panel__label">{t.headlineLabel}</span>{' '}
        <q className="report-panel__quote">{report.headline}</q>
      </p>
      <p className="report-panel__meta">{t.creditedTo(report.creditedOutlet)}</p>
      <p className="report-panel__meta">{report.dateNote}</p>

      <h3 className="report-panel__subtitle">{t.summaryHeading}</h3>
      <p>{report.summary}</p>

      <h3 className="report-panel__subtitle">{t.claimsHeading}</h3>
      <ul className="report-panel__list">
        {report.claims.map((claim) => (
          <li key={claim.id}>
            <strong>{`${claim.label}.`}</strong>
            {` ${claim.text}`}
          </li>
        ))}
      </ul>

      <h3 className="report-panel__subtitle">{t.unverifiedHeading}</h3>
      <ul className="report-panel__list">
        {report.unverified.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h3 className="report-panel__subtitle">{t.sourcesHeading(report.sources.length)}</h3>
      <ul className="report-panel__sources">
        {report.sources.map((source) => (
          <li key={source.url}>
            <SourceLink source={source} />
          </li>
        ))}
      </ul>
    </div>
  );

  return (
    <section className="report-panel" aria-labelledby={headingId}>
      {collapsible ? (
        // The heading sits inside <summary> (allowed by HTML) so the panel keeps its h2 when closed.
        <details className="report-panel__details">
          <summary className="report-panel__summary">{heading}</summary>
          {body}
        </details>
      ) : (
        <>
          {heading}
          {body}
        </>
      )}
    </section>
  );
}
