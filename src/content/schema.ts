/**
 * The content schema: every sentence a reader sees about the report and the
 * cities lives in `data/*.json` and is checked against these shapes at build
 * time, in tests and (for types) in the app. Types are inferred from here.
 */
import { z } from 'zod';
import { NOTE_KINDS, type NoteKind } from './note-kinds.ts';

import { CITY_IDS, type CityId } from './city-ids.ts';

export { CITY_IDS, type CityId } from './city-ids.ts';
export const cityIdSchema = z.enum(CITY_IDS);

/** Trimmed, non-empty prose. */
const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || y < 1900 || y > 2100) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/**
 * A calendar date at the precision the source gives: `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`. Impossible dates (2025-02-30) are rejected.
 */
export const partialDateSchema = z
  .string({ error: 'must be a date string' })
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'must be YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(isRealDate, { error: 'is not a real calendar date' });
export type PartialDate = z.infer<typeof partialDateSchema>;

/** A full day, for "last checked" stamps. */
export const daySchema = z
  .string({ error: 'must be a date string' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be YYYY-MM-DD' })
  .refine(isRealDate, { error: 'is not a real calendar date' });

const httpsUrl = z.string({ error: 'must be a URL' }).refine(
  (value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  },
  { error: 'must be an absolute https:// URL' },
);

/**
 * How the copy read relates to the original, when it is not the original:
 * a mirror or secondary copy on another site, a headline seen via another
 * site, a report quoting another outlet, a press release via a wire, or a
 * copy of a document's text. Said in the reader's language from these kinds.
 */
export const COPY_KINDS = [
  'mirror',
  'secondary',
  'summary',
  'headline',
  'quoting',
  'via',
  'document',
] as const;
const copySchema = z
  .strictObject({
    kind: z.enum(COPY_KINDS),
    /** The other site or outlet (the copy's host, the outlet quoted, the wire). */
    name: text.optional(),
  })
  .refine((copy) => copy.kind === 'document' || copy.name !== undefined, {
    error: 'needs the name of the other site or outlet',
    path: ['name'],
  });

/** Where a claim comes from. `date: null` means the source itself is undated. */
export const sourceSchema = z
  .strictObject({
    title: text,
    /** The original publisher's name only; how the copy read relates to it goes in `copy`. */
    publisher: text,
    copy: copySchema.optional(),
    date: partialDateSchema.nullable(),
    url: httpsUrl,
    /** Set when the copy read was a mirror or secondary copy of the original reporting. */
    mirror: z.boolean().optional(),
  })
  .refine((source) => !source.copy || source.copy.kind === 'document' || source.mirror === true, {
    error: 'has a copy note, so must also say "mirror": true',
    path: ['mirror'],
  });
export type Source = z.infer<typeof sourceSchema>;

const sources = z.array(sourceSchema).min(1, { error: 'needs at least one source' });

/** One dated, sourced statement about a city's or its state's policy. */
export const noteSchema = z.strictObject({
  /**
   * Names the note for its translations (data/es/cities.json), so that they
   * stay with the right note when notes are added or reordered. Unique within
   * the city; by convention the note's date.
   */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be an id (a-z, 0-9 and -)' }),
  text,
  /** When the thing described happened, at the precision known. */
  date: partialDateSchema.nullable(),
  /**
   * Set when the note describes something scheduled (a law taking effect, a
   * hearing) whose date is later than the city's `lastChecked`; without it,
   * such a date is refused (wording-guard.ts), since a note cannot report what
   * had not happened when the notes were checked.
   */
  scheduled: z.boolean().optional(),
  sources,
});
export type Note = z.infer<typeof noteSchema>;

/**
 * Enforcement in 2025–2026 in a city: an operation, a deployment, a court
 * ruling on one, an incident, a change of office or of law. A note like the
 * others, whose date must be known.
 */
export const eventSchema = noteSchema.extend({
  date: partialDateSchema,
});
export type CityEvent = z.infer<typeof eventSchema>;

export { NOTE_KINDS, type NoteKind } from './note-kinds.ts';

export const citySchema = z
  .strictObject({
    id: cityIdSchema,
    name: text,
    state: text,
    /** Two-letter postal code. */
    stateCode: z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter state code' }),
    /** City hall, in WGS84 degrees. */
    coordinates: z.strictObject({
      lon: z.number().min(-180).max(180),
      lat: z.number().min(-90).max(90),
    }),
    coordinatesSource: sourceSchema,
    population: z.strictObject({
      /** Residents counted by the 2020 Census. */
      value: z.number().int().positive(),
      year: z.literal(2020),
      note: text.optional(),
      sources,
    }),
    /** One line for the list view: the city's stance, in neutral words. */
    summary: text,
    /** What the report says about this city, as the report's claim. */
    reportSays: text,
    /** Enforcement in 2025–2026, newest first. */
    events: z.array(eventSchema).min(3, { error: 'needs at least three events' }),
    localNotes: z.array(noteSchema).min(1, { error: 'needs at least one local note' }),
    stateNotes: z.array(noteSchema).min(1, { error: 'needs at least one state-law note' }),
    /** When these notes were last checked against their sources. */
    lastChecked: daySchema,
  })
  .superRefine((city, ctx) => {
    const seen = new Set<string>();
    for (const kind of NOTE_KINDS) {
      city[kind].forEach((note, index) => {
        if (seen.has(note.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [kind, index, 'id'],
            message: `duplicate note id "${note.id}" in this city`,
          });
        }
        seen.add(note.id);
      });
    }
  });
export type City = z.infer<typeof citySchema>;

export const citiesSchema = z
  .array(citySchema)
  .length(CITY_IDS.length, { error: `must list exactly ${CITY_IDS.length} cities` })
  .superRefine((cities, ctx) => {
    const seen = new Set<string>();
    cities.forEach((city, index) => {
      if (seen.has(city.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `duplicate city id "${city.id}"`,
        });
      }
      seen.add(city.id);
    });
  });

export const reportSchema = z.strictObject({
  headline: text,
  /** The outlet the report credits for the story. */
  creditedOutlet: text,
  /** The report gives no publication date; kept explicit so the UI can say so. */
  date: z.null(),
  dateNote: text,
  /** Our own short summary. */
  summary: text,
  claims: z.array(z.strictObject({ id: z.string().regex(/^[a-z-]+$/), label: text, text })).min(1),
  /** What could not be verified, in plain words. */
  unverified: z.array(text).min(1),
  sources,
  /** When the whole piece was last updated. */
  lastUpdated: daySchema,
});
export type Report = z.infer<typeof reportSchema>;

const noteIdKey = z.string().regex(/^[a-z0-9-]+$/, { error: 'must be a note id' });

export const annotationSchema = z.strictObject({
  id: z.string().regex(/^[a-z-]+$/),
  /** The figure as reported, a change in percent; shown formatted for the language (+15% / +15 %). */
  value: z.number(),
  /** What the figure measures. */
  measures: text,
  /** The qualifier shown with it. */
  qualifier: text,
  /** Where the figure applies, shown with it, in the report's own terms, e.g. "ICE arrests, as reported; scope not stated". */
  scope: text,
  /** Index values for the chart: the earlier period = 100. */
  index: z.strictObject({ before: z.literal(100), after: z.number().positive() }),
  /** The cities the report ties the figure to (all must exist). */
  cities: z.array(cityIdSchema).min(1),
  sources,
  /**
   * What the official figures say, beside the report's: counts as their
   * sources give them, each dated and sourced; no percentage is computed
   * against the report's figure.
   */
  context: z.strictObject({
    /** One plain sentence: no official figure found states the rise, and the report names no period. */
    caveat: text,
    figures: z
      .array(
        z.strictObject({
          id: noteIdKey,
          /** The count, as the source gives it. */
          value: z.number().int().positive(),
          /** When the source published it. */
          date: daySchema,
          text,
          sources,
        }),
      )
      .min(1, { error: 'needs at least one official figure' }),
    /** Why the figures are not to be set against one another. */
    note: text,
  }),
});
export type Annotation = z.infer<typeof annotationSchema>;

/** A step with a title, a body and questions for discussion. */
const withQuestions = {
  id: z.string().regex(/^[a-z-]+$/),
  title: text,
  body: text,
  questions: z.array(text).min(1),
  notes: text.optional(),
};

/** One step of the classroom presentation (mode=present). */
export const tourStepSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: z.string().regex(/^[a-z-]+$/),
    kind: z.literal('intro'),
    title: text,
    body: text,
    notes: text.optional(),
  }),
  z.strictObject({
    id: z.string().regex(/^[a-z-]+$/),
    kind: z.literal('city'),
    /** The city this step shows; its notes come from cities.json. */
    city: cityIdSchema,
    notes: text.optional(),
  }),
  z.strictObject({
    id: z.string().regex(/^[a-z-]+$/),
    kind: z.literal('figure'),
    title: text,
    body: text,
    notes: text.optional(),
  }),
  /** Enforcement in 2025–2026: each city's latest event (from cities.json), and questions. */
  z.strictObject({ ...withQuestions, kind: z.literal('events') }),
  /** The timeline (every dated note on one axis), and questions. */
  z.strictObject({ ...withQuestions, kind: z.literal('timeline') }),
  /** Sources and questions for discussion. */
  z.strictObject({ ...withQuestions, kind: z.literal('closing') }),
]);
export type TourStep = z.infer<typeof tourStepSchema>;

export const tourSchema = z.strictObject({
  steps: z.array(tourStepSchema).min(2).max(99),
});
export type Tour = z.infer<typeof tourSchema>;

/**
 * What changed since first publication (data/updates.json), newest first: a
 * dated line each, a correction marked as one. The newest date is the
 * piece's last-updated date (report.json), which validate.ts checks.
 */
export const updateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be an id (a-z, 0-9 and -)' }),
  date: daySchema,
  kind: z.enum(['update', 'correction']),
  text,
});
export type Update = z.infer<typeof updateSchema>;

export const updatesSchema = z
  .strictObject({ updates: z.array(updateSchema).min(1, { error: 'needs at least one update' }) })
  .superRefine(({ updates }, ctx) => {
    const seen = new Set<string>();
    updates.forEach((update, index) => {
      if (seen.has(update.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['updates', index, 'id'],
          message: `duplicate id "${update.id}"`,
        });
      }
      seen.add(update.id);
      const previous = updates[index - 1];
      if (previous && previous.date < update.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['updates', index, 'date'],
          message: `is later than the entry before it (${previous.date}): list the newest first`,
        });
      }
    });
  });
export type Updates = z.infer<typeof updatesSchema>;

/*
 * Translations (data/<lang>/*.json): only the words, keyed by the English
 * content's ids; everything else (coordinates, dates, sources, numbers) comes
 * from the English files, so it cannot drift. Source titles are not
 * translated: they stay in their original language. That each file has
 * exactly the English content's keys is checked in validate.ts.
 */
const idKey = z.string().regex(/^[a-z-]+$/, { error: 'must be an id (a-z and -)' });

export const reportTextsSchema = z.strictObject({
  headline: text,
  dateNote: text,
  summary: text,
  claims: z.record(idKey, z.strictObject({ label: text, text })),
  unverified: z.array(text),
});
export type ReportTexts = z.infer<typeof reportTextsSchema>;

export const cityTextsSchema = z.strictObject({
  name: text,
  state: text,
  summary: text,
  reportSays: text,
  populationNote: text.optional(),
  /** By note id. */
  events: z.record(noteIdKey, text),
  localNotes: z.record(noteIdKey, text),
  stateNotes: z.record(noteIdKey, text),
});
export type CityTexts = z.infer<typeof cityTextsSchema>;
export const citiesTextsSchema = z.record(cityIdSchema, cityTextsSchema);

export const annotationTextsSchema = z.strictObject({
  measures: text,
  qualifier: text,
  scope: text,
  context: z.strictObject({
    caveat: text,
    /** Each official figure's words, by its id. */
    figures: z.record(noteIdKey, text),
    note: text,
  }),
});
export type AnnotationTexts = z.infer<typeof annotationTextsSchema>;

export const stepTextsSchema = z.strictObject({
  title: text.optional(),
  body: text.optional(),
  questions: z.array(text).optional(),
  notes: text.optional(),
});
export type StepTexts = z.infer<typeof stepTextsSchema>;
export const tourTextsSchema = z.record(idKey, stepTextsSchema);

/** An update's words, by its id. */
export const updatesTextsSchema = z.record(noteIdKey, text);
export type UpdatesTexts = z.infer<typeof updatesTextsSchema>;

/** All the words of the piece in one language, in the shape of data/<lang>/*.json. */
export interface ContentTexts {
  report: ReportTexts;
  cities: Partial<Record<CityId, CityTexts>>;
  annotation: AnnotationTexts;
  tour: Record<string, StepTexts>;
  updates: UpdatesTexts;
}

/** The whole piece in one language, as the app uses it. */
export interface Content {
  report: Report;
  cities: readonly City[];
  annotation: Annotation;
  tour: Tour;
  updates: Updates;
}

/** What the page's own script carries of a city: who and where it is, not its notes. */
export type CityCore = Omit<City, NoteKind | 'reportSays'>;

/**
 * What every page's script carries of the piece (src/content/editions.ts):
 * the report, the annotation and each city's core. The notes, the tour and
 * the updates, already in the prerendered HTML, come with the full content
 * when a part of the page has to be drawn afresh.
 */
export interface CoreContent {
  report: Report;
  cities: readonly CityCore[];
  annotation: AnnotationCore;
}

/** The annotation without what the official figures say (an island draws that). */
export type AnnotationCore = Omit<Annotation, 'context'>;

/** The core of a full edition (the build's, and the tests'). */
export function coreOf(content: Content): CoreContent {
  const annotation: Partial<Annotation> = { ...content.annotation };
  delete annotation.context;
  return {
    report: content.report,
    annotation: annotation as AnnotationCore,
    cities: content.cities.map((city) => {
      const core: Partial<City> = { ...city };
      for (const key of [...NOTE_KINDS, 'reportSays'] as const) delete core[key];
      return core as CityCore;
    }),
  };
}
