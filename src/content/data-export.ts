/**
 * "Get the data": the piece's data as files a spreadsheet or a script can
 * read, written by the build next to each article page (`data/` and
 * `es/data/`). CSV per RFC 4180 (quoted where needed, CRLF line ends) in
 * UTF-8 with a byte-order mark, so spreadsheets open accented names
 * correctly; dates ISO 8601; numbers unformatted. The columns are documented
 * in the README ("Data dictionary").
 */
import type { Lang } from './langs';
import type { City, Content, Note, Source } from './schema';
import type { Strings } from './strings/types';
import { copyNote } from './citation';
import { entryFor } from './entries';
import { LICENCE } from './site';

export const DATA_FILES = [
  { name: 'cities.csv', type: 'text/csv' },
  { name: 'notes.csv', type: 'text/csv' },
  { name: 'data.json', type: 'application/json' },
] as const;
export type DataFileName = (typeof DATA_FILES)[number]['name'];

/** Where a language's data files are, relative to the site's base: `data/`, `es/data/`. */
export function dataFolder(lang: Lang): string {
  return `${entryFor(lang, 'explore').path}data/`;
}

const BOM = '\uFEFF';

/** One CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled). */
function field(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const line = (cells: readonly unknown[]) =>
    cells.map((cell) => field(cell as string | number | null)).join(',');
  return `${BOM}${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

export const CITY_COLUMNS = [
  'id',
  'name',
  'state',
  'state_code',
  'latitude',
  'longitude',
  'population_2020',
  'population_source_url',
  'stance_summary',
  'last_checked',
] as const;

export function citiesCsv(content: Content): string {
  return toCsv(
    CITY_COLUMNS,
    content.cities.map((city) => [
      city.id,
      city.name,
      city.state,
      city.stateCode,
      city.coordinates.lat,
      city.coordinates.lon,
      city.population.value,
      city.population.sources[0]?.url ?? '',
      city.summary,
      city.lastChecked,
    ]),
  );
}

/** Each source of a note takes these columns, numbered source_1_…, source_2_…. */
export const SOURCE_FIELDS = ['title', 'publisher', 'date', 'url', 'copy'] as const;

export function maxSources(content: Content): number {
  return Math.max(
    ...content.cities.flatMap((c) =>
      [...c.events, ...c.localNotes, ...c.stateNotes].map((n) => n.sources.length),
    ),
  );
}

export function noteColumns(count: number): string[] {
  const sources = Array.from({ length: count }, (_, i) =>
    SOURCE_FIELDS.map((name) => `source_${i + 1}_${name}`),
  ).flat();
  return ['city_id', 'city', 'level', 'note_id', 'date', 'text', 'source_count', ...sources];
}

function sourceCells(source: Source | undefined, t: Strings): unknown[] {
  if (!source) return SOURCE_FIELDS.map(() => '');
  return [source.title, source.publisher, source.date ?? '', source.url, copyNote(source, t) ?? ''];
}

/** One row per note (events first, then local notes, then state law), its sources in numbered columns. */
export function notesCsv(content: Content, t: Strings): string {
  const count = maxSources(content);
  const row = (city: City, level: 'event' | 'local' | 'state', note: Note) => [
    city.id,
    city.name,
    level,
    note.id,
    note.date ?? '',
    note.text,
    note.sources.length,
    ...Array.from({ length: count }, (_, i) => sourceCells(note.sources[i], t)).flat(),
  ];
  return toCsv(
    noteColumns(count),
    content.cities.flatMap((city) => [
      ...city.events.map((note) => row(city, 'event', note)),
      ...city.localNotes.map((note) => row(city, 'local', note)),
      ...city.stateNotes.map((note) => row(city, 'state', note)),
    ]),
  );
}

export interface DataAbout {
  title: string;
  description: string;
  /** The article page's address. */
  url: string;
  publisher: string;
}

/** Everything: the report's claims, what could not be verified, the annotation, the cities and their notes, the updates. */
export function dataJson(content: Content, lang: Lang, about: DataAbout): string {
  const { report, cities, annotation, updates } = content;
  return `${JSON.stringify(
    {
      about: {
        ...about,
        language: lang,
        lastUpdated: report.lastUpdated,
        licence: {
          ...LICENCE,
          note: 'The text and data of this piece; the linked sources keep their own terms.',
        },
      },
      report,
      annotation,
      cities,
      updates: updates.updates,
    },
    null,
    2,
  )}\n`;
}
