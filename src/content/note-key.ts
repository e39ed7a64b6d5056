/**
 * A short name for one of a city's notes by where it is: its kind's
 * initial and its place in that kind's list (`e3`, the fourth event), as the
 * notes show them. The timeline's entries carry it (68 times in each
 * article page, so it is short) for the city's notes to open at that note.
 */
import { NOTE_KINDS, type NoteKind } from './note-kinds';

/** Each kind's letter: events, localNotes, stateNotes. */
const LETTERS: Record<NoteKind, string> = { events: 'e', localNotes: 'l', stateNotes: 's' };

/** Where a note is among its city's notes, as `e3`. */
export function noteKey(item: { kind: NoteKind; index: number }): string {
  return `${LETTERS[item.kind]}${item.index}`;
}

/** The kind and index a `noteKey` names, or null for anything else. */
export function parseNoteKey(key: string): { kind: NoteKind; index: number } | null {
  const match = /^([a-z])(\d{1,3})$/.exec(key);
  const kind = NOTE_KINDS.find((k) => LETTERS[k] === match?.[1]);
  return kind && match ? { kind, index: Number(match[2]) } : null;
}
