import type { Source } from '../content/schema';
import { useLocale } from '../store/locale-store';
import { copyNote } from '../content/citation';

/**
 * One source as a citation: linked title, publisher, date. Opens in a new tab
 * so that a reader (or an embedding article) keeps the map. Titles stay in
 * their original language (every source so far is in English), marked as
 * such for screen readers (`lang`) and, on a page in another language, in
 * words ("(en inglés)"). Adjacent words are joined into one string: the
 * prerendered HTML has them as one text node, which hydration then keeps as it is.
 */
export function SourceLink({ source }: { source: Source }) {
  const { t, format } = useLocale();
  const note = copyNote(source, t);
  return (
    <span className="source-link">
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        <span lang="en">{source.title}</span>
        <span className="visually-hidden">{` (${t.citation.newTab})`}</span>
      </a>
      {`${t.citation.originalLanguage ? ` ${t.citation.originalLanguage}` : ''}, `}
      <span lang="en">{source.publisher}</span>
      {`${note ? ` (${note})` : ''}, `}
      <time dateTime={source.date ?? undefined}>
        {format.date(source.date, t.citation.undated)}
      </time>
    </span>
  );
}

/** "Sources: A; B": a note's (or a figure's) sources, each cited, in one line. */
export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  const { t } = useLocale();
  return (
    <>
      {`${t.popover.sourcesLabel(sources.length)} `}
      {sources.map((source, i) => (
        <span key={source.url + i}>
          {i > 0 ? '; ' : null}
          <SourceLink source={source} />
        </span>
      ))}
    </>
  );
}
