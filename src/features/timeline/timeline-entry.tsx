import type { CityId } from '../../content/city-ids';
import type { NoteKind } from '../../content/note-kinds';
import { noteKey } from '../../content/note-key';
import { copyNote } from '../../content/citation';
import { firstSentence } from '../../content/first-sentence';
import { useLocale } from '../../store/locale-store';
import { popoverId } from '../city-popover/popover-dom';
import type { TimelineItem } from './timeline-items';

/** A note's level as the timeline names and draws it. */
const LEVELS: Record<NoteKind, 'event' | 'local' | 'state'> = {
  events: 'event',
  localNotes: 'local',
  stateNotes: 'state',
};

interface Props {
  item: TimelineItem;
  city: { id: CityId; name: string };
  /** Each entry opens its city's notes at it (not in present mode, which has no notes open). */
  opens: boolean;
}

/**
 * One note on the timeline (its three paragraphs carry no class: every
 * byte of them is repeated 68 times in each article page): its date, level, first sentence and first
 * source, and a button that opens the city's notes. The entry is placed on
 * the axis by the build's stylesheet (by its `<time>`, timeline-css.ts), which
 * draws its mark there (styles/timeline.css).
 */
export function TimelineEntry({ item, city, opens }: Props) {
  const { t, format } = useLocale();
  const { note } = item;
  const level = LEVELS[item.kind];
  const source = note.sources[0]!;
  const copy = copyNote(source, t);
  return (
    <li className="timeline__item" data-level={level}>
      <p>
        {/* An undated note has a date line but no <time> (it has no time to give). */}
        {note.date ? (
          <time dateTime={note.date}>{format.date(note.date, t.popover.undatedEvent)}</time>
        ) : (
          <span>{t.popover.undatedEvent}</span>
        )}
        {` · ${t.timeline.levels[level]}`}
      </p>
      <p>{firstSentence(note.text)}</p>
      <p>
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          <span lang="en">{source.publisher}</span>
          {copy ? ` (${copy})` : null}
          <span className="visually-hidden">{` (${t.citation.newTab})`}</span>
        </a>
        {opens ? ' ' : null}
        {opens ? (
          <button
            type="button"
            className="timeline__open"
            data-city-opener=""
            data-note={noteKey(item)}
            // Opens the notes by itself, before any script and after; the
            // app then shows this note in them (timeline-view.tsx).
            popoverTarget={popoverId(city.id)}
            popoverTargetAction="show"
          >
            {t.timeline.openNote(city.name)}
          </button>
        ) : null}
      </p>
    </li>
  );
}
