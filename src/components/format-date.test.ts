import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './format-date';

describe('formatPartialDate', () => {
  it('writes a full date in AP style', () => {
    expect(formatPartialDate('2025-01-10')).toBe('Jan. 10, 2025');
    expect(formatPartialDate('2017-03-21')).toBe('March 21, 2017');
    expect(formatPartialDate('2025-09-08')).toBe('Sept. 8, 2025');
  });

  it('keeps a month-only or year-only date at that precision', () => {
    expect(formatPartialDate('2025-08')).toBe('Aug. 2025');
    expect(formatPartialDate('2017')).toBe('2017');
  });

  it('says when a source is undated', () => {
    expect(formatPartialDate(null)).toBe('undated');
    expect(formatPartialDate(null, 'no date')).toBe('no date');
  });
});
