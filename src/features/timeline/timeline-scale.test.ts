import { describe, expect, it } from 'vitest';
import { englishContent } from '../../content/content';
import { NOTE_KINDS } from '../../content/schema';
import { RECENT_DOMAIN, placements, spanOf, timelineDomain } from './timeline-scale';

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe('a date’s span, at its precision', () => {
  it('a day is a point, a month and a year cover themselves, never their first day alone', () => {
    expect(spanOf('2025-09-08')).toEqual({
      start: utc(2025, 9, 8),
      end: utc(2025, 9, 8),
      precision: 'day',
    });
    expect(spanOf('2026-02')).toEqual({
      start: utc(2026, 2, 1),
      end: utc(2026, 3, 1),
      precision: 'month',
    });
    expect(spanOf('2009')).toEqual({ start: utc(2009), end: utc(2010), precision: 'year' });
    expect(spanOf('2024-12')?.end).toEqual(utc(2025, 1, 1));
    expect(spanOf(null)).toBeNull();
  });
});

describe('the axis', () => {
  it('covers the earliest and the latest note, on whole years, and ignores undated notes', () => {
    expect(timelineDomain(['2012-07-10', null, '2026-04', '1979'])).toEqual([utc(1979), utc(2027)]);
    expect(timelineDomain(['2026'])).toEqual([utc(2026), utc(2027)]);
    expect(timelineDomain(['2026-01-01'])).toEqual([utc(2026), utc(2027)]);
    expect(() => timelineDomain([null])).toThrow();
  });

  it('places a day at a point and a month or a year as a bar, undated notes nowhere', () => {
    const domain: [Date, Date] = [utc(2024), utc(2026)];
    const [day, month, year, undated] = placements(['2025-01-01', '2025-01', '2025', null], domain);
    // 2024 is a leap year: 2025 starts a little after the middle.
    const middle = (366 / 731) * 100;
    expect(day!.precision).toBe('day');
    expect(day!.from).toBeCloseTo(middle, 1);
    expect(day!.to).toBe(day!.from);
    expect(month!.precision).toBe('month');
    expect(month!.from).toBe(day!.from);
    expect(month!.to - month!.from).toBeCloseTo((31 / 731) * 100, 1);
    expect(year).toEqual({ from: day!.from, to: 100, precision: 'year' });
    expect(undated).toBeNull();
  });

  it('on the 2025–2026 axis, leaves out what came before it', () => {
    const [before, straddling, inside] = placements(
      ['2012-07-10', '2024-12', '2026-04'],
      RECENT_DOMAIN,
    );
    expect(before).toBeNull();
    expect(straddling).toBeNull();
    expect(inside!.from).toBeGreaterThan(50);
    expect(placements(['2025'], RECENT_DOMAIN)[0]).toEqual({ from: 0, to: 50, precision: 'year' });
  });

  it('has a place for every dated note of the content, inside the axis', () => {
    const dates = englishContent.cities.flatMap((city) =>
      NOTE_KINDS.flatMap((kind) => city[kind].map((note) => note.date)),
    );
    const domain = timelineDomain(dates);
    const placed = placements(dates, domain);
    dates.forEach((date, i) => {
      if (date === null) return expect(placed[i]).toBeNull();
      expect(placed[i]!.from).toBeGreaterThanOrEqual(0);
      expect(placed[i]!.to).toBeLessThanOrEqual(100);
    });
  });
});
