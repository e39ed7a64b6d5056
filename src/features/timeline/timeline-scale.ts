/**
 * The timeline's axis (issue 22): where each dated note sits in time, as
 * d3-scale's `scaleUtc` computes it at build time, so that the page ships
 * numbers, not d3 (as the annotation's bars and the markers' sizes do).
 *
 * Dates are honest about their precision: a note dated to the day is a
 * point; one dated to a month or a year covers that month or that year (a
 * short bar), never its first day. An undated note has no place on the axis.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';

export type Precision = 'day' | 'month' | 'year';

/** The stretch of time a date stands for: a point (day), a month or a year. */
export interface Span {
  start: Date;
  /** Exclusive for a month or a year; the same instant as `start` for a day. */
  end: Date;
  precision: Precision;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the time it stands for; null when undated. */
export function spanOf(date: string | null): Span | null {
  if (date === null) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined && month !== undefined) {
    const start = new Date(Date.UTC(year, month - 1, day));
    return { start, end: start, precision: 'day' };
  }
  if (month !== undefined) {
    const start = new Date(Date.UTC(year, month - 1, 1));
    return { start, end: utcMonth.offset(start, 1), precision: 'month' };
  }
  const start = new Date(Date.UTC(year, 0, 1));
  return { start, end: utcYear.offset(start, 1), precision: 'year' };
}

/**
 * The axis's domain: from the start of the earliest note's year to the end
 * of the latest note's year, so every note is inside it and the ends fall
 * on year ticks. Undated notes do not count.
 */
export function timelineDomain(dates: readonly (string | null)[]): [Date, Date] {
  const spans = dates.map(spanOf).filter((span): span is Span => span !== null);
  if (spans.length === 0) throw new Error('A timeline needs at least one dated note.');
  const first = Math.min(...spans.map((span) => span.start.getTime()));
  // A day counts as the whole day, so a note on January 1 is inside the axis.
  const last = Math.max(
    ...spans.map((span) =>
      (span.precision === 'day' ? utcDay.offset(span.start, 1) : span.end).getTime(),
    ),
  );
  return [utcYear.floor(new Date(first)), utcYear.ceil(new Date(last))];
}

/** The rescaled axis a reader can choose: 2025–2026, by month. */
export const RECENT_DOMAIN: [Date, Date] = [
  new Date(Date.UTC(2025, 0, 1)),
  new Date(Date.UTC(2027, 0, 1)),
];

/** A note's place on an axis from 0 to 100: where it starts and ends (equal for a day). */
export interface Placement {
  from: number;
  to: number;
  precision: Precision;
}

/**
 * Each date's place along an axis of 0–100 over `domain`, or null for an
 * undated note or one outside the domain (the 2025–2026 axis leaves out what
 * came before).
 */
export function placements(
  dates: readonly (string | null)[],
  domain: [Date, Date],
): (Placement | null)[] {
  const x = scaleUtc().domain(domain).range([0, 100]);
  const round = (value: number) => Math.round(value * 100) / 100;
  return dates.map((date) => {
    const span = spanOf(date);
    if (!span || span.start >= domain[1]) return null;
    // A month or a year must overlap the axis; a day must be on it.
    if (span.precision === 'day' ? span.start < domain[0] : span.end <= domain[0]) return null;
    return {
      from: round(Math.max(0, x(span.start))),
      to: round(Math.min(100, x(span.end))),
      precision: span.precision,
    };
  });
}
