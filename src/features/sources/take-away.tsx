import { useId } from 'react';
import { useClipboard } from '../../components/use-clipboard';
import { useLocale } from '../../store/locale-store';
import { useFullContent } from '../../components/island';
import { useHydrated } from '../../components/use-hydrated';
import { DATA_FILES, dataFolder } from '../../content/data-export';
import { entryFor } from '../../content/entries';
import { LICENCE, SITE } from '../../content/site';

/** Dated changes since first publication, newest first; corrections marked as such (in the sources' island). */
export function UpdatesList() {
  const headingId = useId();
  const { t, format } = useLocale();
  const { updates } = useFullContent().updates;
  return (
    <div className="sources__updates" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="sources__group-title">
        {t.sources.updatesHeading}
      </h3>
      <ul className="sources__list">
        {updates.map((update) => (
          <li key={update.id} className="sources__item">
            <time dateTime={update.date}>{format.date(update.date, '')}</time>
            {update.kind === 'correction' ? (
              <strong className="sources__correction">{` ${t.sources.correction}:`}</strong>
            ) : null}
            {` ${update.text}`}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Get the data": the files the build writes for this language, and the terms of reuse. */
export function GetTheData() {
  const headingId = useId();
  const { t, lang } = useLocale();
  const folder = `${import.meta.env.BASE_URL}${dataFolder(lang)}`;
  return (
    <div className="sources__group" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="sources__group-title">
        {t.data.heading}
      </h3>
      <p className="sources__note">{t.data.intro}</p>
      <ul className="sources__list">
        {DATA_FILES.map((file) => (
          <li key={file.name} className="sources__item">
            <a href={`${folder}${file.name}`} download={file.name} type={file.type}>
              {t.data.files[file.name]}
            </a>
          </li>
        ))}
      </ul>
      <p className="sources__note">
        {t.data.licenceBefore}
        <a href={LICENCE.url} rel="license noopener noreferrer" target="_blank">
          {LICENCE.name}
        </a>
        {t.data.licenceAfter}
      </p>
    </div>
  );
}

/** How to cite the piece, with the date accessed left for the reader, and a copy button. */
export function CiteThis() {
  const headingId = useId();
  const { t, lang, content, format } = useLocale();
  const hydrated = useHydrated();
  const { status, copy } = useClipboard();
  const url = new URL(entryFor(lang, 'explore').path, SITE.url).href;
  const citation = t.data.citation(
    SITE.publisher,
    t.title,
    url,
    format.date(content.report.lastUpdated, t.citation.undated),
  );
  return (
    <div className="sources__group" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="sources__group-title">
        {t.data.citeHeading}
      </h3>
      <p className="sources__citation">{citation}</p>
      <button
        type="button"
        className="button button--small"
        disabled={!hydrated}
        onClick={() => void copy(citation)}
      >
        {t.data.copyCitation}
      </button>
      <p className="copy-link__status" role="status">
        {status === 'copied'
          ? t.data.citationCopied
          : status === 'blocked'
            ? t.data.citationBlocked
            : ''}
      </p>
    </div>
  );
}
