/**
 * A city's notes as the timeline lists them: every note of every kind (the
 * events of 2025–2026, the city's policies, its state's laws), oldest first,
 * the undated ones apart. Plain string work, no d3: it runs in the reader's
 * browser, while the places on the axis come from the build
 * (timeline-css.ts).
 */
import { NOTE_KINDS, type NoteKind } from '../../content/note-kinds';
import type { Note } from '../../content/schema';

export interface TimelineItem {
  kind: NoteKind;
  /** The note's place in its kind's list (the city's notes show them in that order). */
  index: number;
  note: Note;
}

/**
 * Oldest first. Partial ISO dates sort as text in time order: `2025` before
 * `2025-06` before `2025-06-01`, that is a year or a month before the days in
 * it, as each starts first. Ties keep the order of the city's notes.
 */
function byDate(a: TimelineItem, b: TimelineItem): number {
  const [x, y] = [a.note.date ?? '', b.note.date ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A city's notes for the timeline: the dated ones oldest first, and the undated. */
export function timelineItems(city: { readonly [K in NoteKind]: readonly Note[] }): {
  dated: TimelineItem[];
  undated: TimelineItem[];
} {
  const all = NOTE_KINDS.flatMap((kind) =>
    city[kind].map((note, index) => ({ kind, index, note })),
  );
  return {
    dated: all.filter((item) => item.note.date !== null).sort(byDate),
    undated: all.filter((item) => item.note.date === null),
  };
}
