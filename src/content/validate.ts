/**
 * Checks the content files against the schema and against each other, and
 * says what is wrong in words a content editor can act on:
 * `data/cities.json › [2] (dallas) › localNotes › [0] › sources: needs at least one source`.
 */
import type { z } from 'zod';
import {
  annotationSchema,
  annotationTextsSchema,
  citiesSchema,
  citiesTextsSchema,
  reportSchema,
  reportTextsSchema,
  tourSchema,
  tourTextsSchema,
  updatesSchema,
  updatesTextsSchema,
  type City,
  type Content,
  type ContentTexts,
} from './schema.ts';
import { compareKeys } from './key-paths.ts';
import { contentTexts } from './translation.ts';
import { findFutureNotes, findTimeRelativeWording, type WordingFinding } from './wording-guard.ts';

export const CONTENT_FILES = {
  report: 'data/report.json',
  cities: 'data/cities.json',
  annotation: 'data/annotation.json',
  tour: 'data/tour.json',
  updates: 'data/updates.json',
} as const;

type Part = keyof typeof CONTENT_FILES;

/** The words in other languages (the English files above carry everything else). */
export const TRANSLATION_FILES = {
  es: {
    report: 'data/es/report.json',
    cities: 'data/es/cities.json',
    annotation: 'data/es/annotation.json',
    tour: 'data/es/tour.json',
    updates: 'data/es/updates.json',
  },
} as const satisfies Record<string, Record<Part, string>>;

/** Every file the content is read from. */
export const ALL_CONTENT_FILES: readonly string[] = [
  ...Object.values(CONTENT_FILES),
  ...Object.values(TRANSLATION_FILES).flatMap((files) => Object.values(files)),
];

/** Parsed JSON by file path. */
export type ContentFiles = Record<string, unknown>;

export interface ContentError {
  file: string;
  /** Where in the file, e.g. `[2] (dallas) › localNotes › [0] › sources`; empty for the whole file. */
  field: string;
  message: string;
}

function describePath(path: readonly PropertyKey[], root: unknown): string {
  const parts: string[] = [];
  let node: unknown = root;
  for (const key of path) {
    if (typeof key === 'number') {
      const item = Array.isArray(node) ? (node[key] as unknown) : undefined;
      const id =
        item && typeof item === 'object' && 'id' in item && typeof item.id === 'string'
          ? ` (${item.id})`
          : '';
      parts.push(`[${key}]${id}`);
      node = item;
    } else {
      parts.push(String(key));
      node =
        node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return parts.join(' › ');
}

function check<T>(
  schema: z.ZodType<T>,
  file: string,
  data: unknown,
  errors: ContentError[],
): T | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    errors.push({ file, field: describePath(issue.path, data), message: issue.message });
  }
  return null;
}

/** Every problem in the content, or an empty list. */
export function validateContent(files: ContentFiles): ContentError[] {
  const errors: ContentError[] = [];
  const report = check(reportSchema, CONTENT_FILES.report, files[CONTENT_FILES.report], errors);
  const cities = check(citiesSchema, CONTENT_FILES.cities, files[CONTENT_FILES.cities], errors);
  const annotation = check(
    annotationSchema,
    CONTENT_FILES.annotation,
    files[CONTENT_FILES.annotation],
    errors,
  );
  const tour = check(tourSchema, CONTENT_FILES.tour, files[CONTENT_FILES.tour], errors);
  const updates = check(updatesSchema, CONTENT_FILES.updates, files[CONTENT_FILES.updates], errors);
  const newest = updates?.updates[0];
  if (report && newest && newest.date !== report.lastUpdated) {
    errors.push({
      file: CONTENT_FILES.updates,
      field: `updates › [0] (${newest.id}) › date`,
      message: `is ${newest.date}, but the newest update must be the last-updated date in ${CONTENT_FILES.report} (${report.lastUpdated}): add an update for it, or move the date`,
    });
  }
  if (cities && tour) {
    const known = new Set(cities.map((city) => city.id));
    const shown = new Set<string>();
    tour.steps.forEach((step, index) => {
      if (step.kind !== 'city') return;
      shown.add(step.city);
      if (!known.has(step.city)) {
        errors.push({
          file: CONTENT_FILES.tour,
          field: `steps › [${index}] (${step.id}) › city`,
          message: `names "${step.city}", which is not a city in ${CONTENT_FILES.cities}`,
        });
      }
    });
    for (const id of known) {
      if (!shown.has(id)) {
        errors.push({
          file: CONTENT_FILES.tour,
          field: 'steps',
          message: `has no step for the city "${id}"`,
        });
      }
    }
  }
  if (cities && annotation) {
    const known = new Set(cities.map((city) => city.id));
    annotation.cities.forEach((id, index) => {
      if (!known.has(id)) {
        errors.push({
          file: CONTENT_FILES.annotation,
          field: `cities › [${index}]`,
          message: `names "${id}", which is not a city in ${CONTENT_FILES.cities}`,
        });
      }
    });
  }
  if (report && cities && annotation && tour && updates && errors.length === 0) {
    const english = contentTexts({ report, cities, annotation, tour, updates });
    for (const translation of Object.values(TRANSLATION_FILES)) {
      checkTranslation(english, translation, files, errors);
    }
  }
  checkWording(files, cities, errors);
  return errors;
}

/**
 * Wording that ages (wording-guard.ts): notes dated after their city was
 * last checked, and time-relative words in our own sentences, in English
 * and in every translation.
 */
function checkWording(
  files: ContentFiles,
  cities: readonly City[] | null,
  errors: ContentError[],
): void {
  const add = (file: string, findings: readonly WordingFinding[]) => {
    for (const { path, message } of findings) {
      errors.push({ file, field: describePath(path, files[file]), message });
    }
  };
  if (cities) add(CONTENT_FILES.cities, findFutureNotes(cities));
  const reportFiles = new Set<string>([
    CONTENT_FILES.report,
    ...Object.values(TRANSLATION_FILES).map((files) => files.report),
  ]);
  const logFiles = new Set<string>([
    CONTENT_FILES.updates,
    ...Object.values(TRANSLATION_FILES).map((files) => files.updates),
  ]);
  for (const file of ALL_CONTENT_FILES) {
    add(file, findTimeRelativeWording(files[file], reportFiles.has(file), logFiles.has(file)));
  }
}

const TEXT_SCHEMAS: { [P in Part]: z.ZodType<ContentTexts[P]> } = {
  report: reportTextsSchema,
  cities: citiesTextsSchema,
  annotation: annotationTextsSchema,
  tour: tourTextsSchema,
  updates: updatesTextsSchema,
};

const readablePath = (path: string) => path.replace(/\./g, ' › ').replace(/\[/g, ' › [');

/** A translation has the English content's keys, no more and no fewer, each non-empty text. */
function checkTranslation(
  english: ContentTexts,
  translation: Record<Part, string>,
  files: ContentFiles,
  errors: ContentError[],
): void {
  for (const part of Object.keys(TEXT_SCHEMAS) as Part[]) {
    const file = translation[part];
    const texts = check(TEXT_SCHEMAS[part] as z.ZodType, file, files[file], errors);
    if (texts === null) continue;
    const { missing, extra } = compareKeys(english[part], texts);
    for (const path of missing) {
      errors.push({
        file,
        field: readablePath(path),
        message: `is missing (${CONTENT_FILES[part]} has it)`,
      });
    }
    for (const path of extra) {
      errors.push({
        file,
        field: readablePath(path),
        message: `is not in ${CONTENT_FILES[part]}; remove it or add it there`,
      });
    }
  }
}

export type { Content };

export function formatContentErrors(errors: readonly ContentError[]): string {
  const lines = errors.map((e) => `  ${e.file}${e.field ? ` › ${e.field}` : ''}: ${e.message}`);
  return `The content is not valid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}
