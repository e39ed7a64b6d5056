/**
 * Numbers, percentages and dates for each language, all through `Intl` (no
 * hand-made formats): 2,746,388 / 2.746.388; +15% / +15 %; September 6, 2018 /
 * 6 de septiembre de 2018. Spanish follows the general `es` conventions
 * (point for thousands, space before %), as the piece's Spanish edition asks.
 */
import type { Lang } from './langs';

const LOCALE_TAGS: Record<Lang, string> = { en: 'en-US', es: 'es' };

export interface Formatters {
  /** A count: 2,746,388 / 2.746.388. */
  number(value: number): string;
  /** A round large number in words: 4 million / 4 millones. */
  compact(value: number): string;
  /** A change in percent, always signed: +15% / +15 %. */
  percentChange(percent: number): string;
  /**
   * A date at the precision the source gives (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`),
   * or `undated` for null.
   */
  date(value: string | null, undated: string): string;
  /** A month (`YYYY-MM`) as an axis tick: Jan 2025, Apr / ene 2025, abr. */
  monthTick(value: string): string;
}

/** The three precisions a partial ISO date can have, each with its Intl format. */
const DATE_OPTIONS: Intl.DateTimeFormatOptions[] = [
  { year: 'numeric', timeZone: 'UTC' },
  { year: 'numeric', month: 'long', timeZone: 'UTC' },
  { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
];

/** Makes `create()` once, on first use. */
function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}

/**
 * Each Intl formatter is made when first used, not when the language loads:
 * the first one loads Intl's locale data, the costliest thing the app's script
 * does on a slow phone, and made at module evaluation it lengthened that task.
 * main.tsx makes the first ones in a task of their own, before hydration.
 */
export function formatters(lang: Lang): Formatters {
  const tag = LOCALE_TAGS[lang];
  const numbers = lazy(() => new Intl.NumberFormat(tag));
  const percents = lazy(
    () =>
      new Intl.NumberFormat(tag, {
        style: 'percent',
        signDisplay: 'exceptZero',
        maximumFractionDigits: 1,
      }),
  );
  const compact = lazy(
    () => new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay: 'long' }),
  );
  const dates = DATE_OPTIONS.map((options) => lazy(() => new Intl.DateTimeFormat(tag, options)));
  const months = [false, true].map((withYear) =>
    lazy(
      () =>
        new Intl.DateTimeFormat(tag, {
          month: 'short',
          ...(withYear ? { year: 'numeric' } : {}),
          timeZone: 'UTC',
        }),
    ),
  );
  return {
    number: (value) => numbers().format(value),
    compact: (value) => compact().format(value),
    percentChange: (percent) => percents().format(percent / 100),
    date(value, undated) {
      if (value === null) return undated;
      // Parsed by hand and formatted in UTC, so no time zone can shift a day.
      const [year = NaN, month = 1, day = 1] = value.split('-').map(Number);
      const parts = value.split('-').length;
      const format = dates[parts - 1];
      if (!format || Number.isNaN(year)) return value;
      return format().format(new Date(Date.UTC(year, month - 1, day)));
    },
    monthTick(value) {
      const [year = NaN, month = 1] = value.split('-').map(Number);
      // The year once, at January.
      return months[month === 1 ? 1 : 0]!().format(new Date(Date.UTC(year, month - 1, 1)));
    },
  };
}
