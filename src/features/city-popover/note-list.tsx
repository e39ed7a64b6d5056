import type { Note } from '../../content/schema';
import { useLocale } from '../../store/locale-store';
import { SourceLinks } from '../../components/source-link';

interface NoteListProps {
  notes: readonly Note[];
  /** Numbers a continued list. */
  start?: number;
  /** The id of the heading that names the list. */
  labelledBy?: string;
}

/** Dated notes, each followed by its sources. */
export function NoteList({ notes, start, labelledBy }: NoteListProps) {
  const { t, format } = useLocale();
  return (
    <ol className="note-list" start={start} aria-labelledby={labelledBy}>
      {notes.map((note, index) => (
        <li key={index} className="note-list__item">
          <p className="note-list__date">
            <time dateTime={note.date ?? undefined}>
              {format.date(note.date, t.popover.undatedEvent)}
            </time>
          </p>
          <p className="note-list__text">{note.text}</p>
          <p className="note-list__sources">
            <SourceLinks sources={note.sources} />
          </p>
        </li>
      ))}
    </ol>
  );
}

/** How many events show before "Show all". */
export const EVENTS_SHOWN = 3;

/**
 * A city's events, newest first: the latest few, and the rest behind a
 * disclosure (`<details>`, so it opens with no script too).
 */
export function EventList({ events, labelledBy }: { events: readonly Note[]; labelledBy: string }) {
  const { t } = useLocale();
  const rest = events.slice(EVENTS_SHOWN);
  return (
    <>
      <NoteList notes={events.slice(0, EVENTS_SHOWN)} labelledBy={labelledBy} />
      {rest.length > 0 ? (
        <details className="note-list__more">
          <summary>{t.popover.moreEvents(rest.length)}</summary>
          <NoteList notes={rest} start={EVENTS_SHOWN + 1} labelledBy={labelledBy} />
        </details>
      ) : null}
    </>
  );
}
