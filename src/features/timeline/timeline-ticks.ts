/**
 * The axis's ticks, as the partial dates they stand for (`1980`, `2025-04`):
 * the same keys as the notes' dates, so that one generated rule places a tick
 * or a note (timeline-css.ts). Plain string work: it runs in the reader's
 * browser too, where the ticks are drawn.
 */

/** Years between labelled ticks on the whole axis. */
const YEAR_STEP = 5;

/** The years a set of partial dates spans, first and last (undated ones ignored). */
function yearRange(dates: readonly (string | null)[]): [number, number] {
  const years = dates.filter((date) => date !== null).map((date) => Number(date.slice(0, 4)));
  if (years.length === 0) throw new Error('A timeline needs at least one dated note.');
  return [Math.min(...years), Math.max(...years)];
}

/** Ticks of the whole axis: each year divisible by YEAR_STEP inside it. */
export function yearTicks(dates: readonly (string | null)[]): string[] {
  const [first, last] = yearRange(dates);
  const ticks: string[] = [];
  for (let year = Math.ceil(first / YEAR_STEP) * YEAR_STEP; year <= last; year += YEAR_STEP)
    ticks.push(String(year));
  return ticks;
}

/** Ticks of the 2025–2026 axis: every month (every third one labelled where drawn). */
export function monthTicks(): string[] {
  return [2025, 2026].flatMap((year) =>
    Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`),
  );
}
