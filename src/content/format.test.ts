import { describe, expect, it } from 'vitest';
import { formatters } from './format';

const en = formatters('en');
const es = formatters('es');
const NBSP = '\u00a0';

describe('formatters', () => {
  it('formats counts by language', () => {
    expect(en.number(2746388)).toBe('2,746,388');
    expect(es.number(2746388)).toBe('2.746.388');
  });

  it('says round large numbers in words', () => {
    expect(en.compact(1_000_000)).toBe('1 million');
    expect(en.compact(8_000_000)).toBe('8 million');
    expect(es.compact(1_000_000)).toBe('1 millón');
    expect(es.compact(4_000_000)).toBe('4 millones');
  });

  it('formats a change in percent, signed', () => {
    expect(en.percentChange(15)).toBe('+15%');
    expect(es.percentChange(15)).toBe(`+15${NBSP}%`);
    expect(en.percentChange(-2.5)).toBe('-2.5%');
  });

  it('formats dates at the precision given, with no time-zone shift', () => {
    expect(en.date('2018-09-06', 'undated')).toBe('September 6, 2018');
    expect(es.date('2018-09-06', 'sin fecha')).toBe('6 de septiembre de 2018');
    expect(en.date('2025-08', 'undated')).toBe('August 2025');
    expect(es.date('2025-08', 'sin fecha')).toBe('agosto de 2025');
    expect(en.date('2017', 'undated')).toBe('2017');
    expect(en.date('2025-01-01', 'undated')).toBe('January 1, 2025');
    expect(es.date(null, 'sin fecha')).toBe('sin fecha');
  });

  it('names an axis tick’s month, with its year at January', () => {
    expect(en.monthTick('2025-01')).toBe('Jan 2025');
    expect(en.monthTick('2025-04')).toBe('Apr');
    expect(es.monthTick('2026-01')).toMatch(/^ene\.? 2026$/);
    expect(es.monthTick('2026-10')).toMatch(/^oct\.?$/);
  });
});
