import type { Note } from '../../content/schema';
import { en } from '../../content/strings/en';
import { formatPartialDate } from '../../components/format-date';
import { SourceLink } from '../../components/source-link';

/** Dated notes, each followed by its sources. */
export function NoteList({ notes }: { notes: readonly Note[] }) {
  return (
    <ol className="note-list">
      {notes.map((note, index) => (
        <li key={index} className="note-list__item">
          <p className="note-list__date">
            <time dateTime={note.date ?? undefined}>
              {formatPartialDate(note.date, en.popover.undatedEvent)}
            </time>
          </p>
          <p className="note-list__text">{note.text}</p>
          <p className="note-list__sources">
            {en.popover.sourcesLabel(note.sources.length)}{' '}
            {note.sources.map((source, i) => (
              <span key={source.url + i}>
                {i > 0 ? '; ' : null}
                <SourceLink source={source} words={en.citation} />
              </span>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}
