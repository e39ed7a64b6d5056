/**
 * The kinds of a city's notes, in the order its notes show them. Kept apart
 * from the schema so that code shipped to readers can use them without the
 * validator (as city-ids.ts).
 */
export const NOTE_KINDS = ['events', 'localNotes', 'stateNotes'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
