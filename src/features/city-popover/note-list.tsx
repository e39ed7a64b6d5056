import type { Note } from '../../content/schema';
import { useLocale } from '../../store/locale-store';
import { SourceLink } from '../../components/source-link';

/** Dated notes, each followed by its sources. */
export function NoteList({ notes }: { notes: readonly Note[] }) {
  const { t, format } = useLocale();
  return (
    <ol className="note-list">
      {notes.map((note, index) => (
        <li key={index} className="note-list__item">
          <p className="note-list__date">
            <time dateTime={note.date ?? undefined}>
              {format.date(note.date, t.popover.undatedEvent)}
            </time>
          </p>
          <p className="note-list__text">{note.text}</p>
          <p className="note-list__sources">
            {`${t.popover.sourcesLabel(note.sources.length)} `}
            {note.sources.map((source, i) => (
              <span key={source.url + i}>
                {i > 0 ? '; ' : null}
                <SourceLink source={source} />
              </span>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}
