/**
 * Wording that ages. Two content checks that keep the piece true after the
 * day it was written: a note may not be dated after its city's `lastChecked`
 * (unless it is marked `"scheduled": true`), and our own sentences may not
 * use time-relative words ("upcoming", "this year", "próximas"), which stop
 * being true without anyone editing them. Quotations (the report's headline,
 * text in quotation marks) and source titles are someone else's words, so
 * they are exempt. Pure functions: validate.ts turns the paths into readable
 * fields and the findings into its `{ file, field, message }` errors.
 */

/**
 * Words and phrases relative to the day they were written, matched as whole
 * words, case-insensitively. "next" alone is not here: "next targets" is
 * the report's framing, not a date.
 */
export const TIME_RELATIVE_WORDS: readonly string[] = [
  'upcoming',
  'next week',
  'next month',
  'next year',
  'this year',
  'this month',
  'coming weeks',
  'coming months',
  'in the coming',
  'soon',
  'currently',
  'recently',
  'próximas',
  'próximos',
  'próxima semana',
  'este año',
  'este mes',
  'en las próximas semanas',
  'recientemente',
  'actualmente',
  'now',
  'still',
  'so far',
  'to date',
  'ahora',
  'todavía',
  'aún',
  'hasta ahora',
];

/**
 * Words the updates log may use: its every entry carries its own date, so
 * "now" there means that day.
 */
export const DATED_LOG_WORDS: readonly string[] = ['now', 'ahora'];

/** Text in quotation marks (“…”, "…", «…») is a quotation, not our sentence. */
const QUOTATION = /“[^“”]*”|"[^"]*"|«[^«»]*»/g;

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MATCHERS = TIME_RELATIVE_WORDS.map((word) => ({
  word,
  pattern: new RegExp(
    `(?<![\\p{L}\\p{N}])${word.split(' ').map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`,
    'iu',
  ),
}));

/** The time-relative words a text uses outside quotation marks, in list order. */
export function timeRelativeWords(text: string, allowed: readonly string[] = []): string[] {
  const ours = text.replace(QUOTATION, (quoted) => ' '.repeat(quoted.length));
  return MATCHERS.filter(({ word, pattern }) => !allowed.includes(word) && pattern.test(ours)).map(
    ({ word }) => word,
  );
}

/** A path into a content file's JSON, as the schema's issues give it. */
export type JsonPath = readonly PropertyKey[];

export interface WordingFinding {
  path: JsonPath;
  message: string;
}

/**
 * Keys whose strings are not our sentences: a source (its title is the
 * source's own headline or, in square brackets, our description of it; the
 * rest is names and addresses) and the report's headline, a quotation.
 */
const SOURCE_KEYS = new Set(['sources', 'coordinatesSource']);

function wordsMessage(words: readonly string[]): string {
  const list = words.map((word) => `"${word}"`).join(', ');
  const [what, ages] =
    words.length === 1
      ? ['the time-relative word', 'which stops']
      : ['the time-relative words', 'which stop'];
  return `uses ${what} ${list}, ${ages} being true as time passes: say when (a date), or quote the source in quotation marks`;
}

/**
 * Every string in a content file (English or a translation) that uses a
 * time-relative word in our own words. `isReport` exempts the file's
 * top-level `headline` (the report's, a quotation); `isLog`, the updates
 * log, may say "now" (DATED_LOG_WORDS).
 */
export function findTimeRelativeWording(
  data: unknown,
  isReport: boolean,
  isLog = false,
): WordingFinding[] {
  const findings: WordingFinding[] = [];
  const allowed = isLog ? DATED_LOG_WORDS : [];
  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (typeof node === 'string') {
      const words = timeRelativeWords(node, allowed);
      if (words.length > 0) findings.push({ path, message: wordsMessage(words) });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...path, index]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (SOURCE_KEYS.has(key)) continue;
        if (isReport && path.length === 0 && key === 'headline') continue;
        walk(value, [...path, key]);
      }
    }
  };
  walk(data, []);
  return findings;
}

/**
 * Whether a date given at some precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`)
 * is later than a day, compared at the date's precision: "2026-12" is not
 * later than "2026-12-01", "2027" is.
 */
export function isLaterThan(date: string, day: string): boolean {
  return date > day.slice(0, date.length);
}

interface DatedNote {
  id: string;
  date: string | null;
  scheduled?: boolean | undefined;
}

interface CheckedCity {
  lastChecked: string;
  events: readonly DatedNote[];
  localNotes: readonly DatedNote[];
  stateNotes: readonly DatedNote[];
}

/** Notes dated after their city's `lastChecked` and not marked as scheduled. */
export function findFutureNotes(cities: readonly CheckedCity[]): WordingFinding[] {
  const findings: WordingFinding[] = [];
  cities.forEach((city, index) => {
    for (const kind of ['events', 'localNotes', 'stateNotes'] as const) {
      city[kind].forEach((note, n) => {
        if (note.date === null || note.scheduled === true) return;
        if (!isLaterThan(note.date, city.lastChecked)) return;
        findings.push({
          path: [index, kind, n, 'date'],
          message: `is ${note.date}, later than the city's lastChecked (${city.lastChecked}): a note cannot report what had not happened when the notes were checked; if it describes something scheduled, mark it "scheduled": true`,
        });
      });
    }
  });
  return findings;
}
