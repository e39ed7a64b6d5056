import type { Source } from '../content/schema';
import { formatPartialDate } from './format-date';

interface Props {
  source: Source;
  /** Words for an undated source and a mirror copy, and the new-tab hint, in the page's language. */
  words: { undated: string; mirror: string; newTab: string };
}

/**
 * One source as a citation: linked title, publisher, date. Opens in a new tab
 * so that a reader (or an embedding article) keeps the map.
 */
export function SourceLink({ source, words }: Props) {
  return (
    <span className="source-link">
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.title}
        <span className="visually-hidden"> ({words.newTab})</span>
      </a>
      {', '}
      {source.publisher}
      {', '}
      <time dateTime={source.date ?? undefined}>
        {formatPartialDate(source.date, words.undated)}
      </time>
      {source.mirror ? ` (${words.mirror})` : null}
    </span>
  );
}
