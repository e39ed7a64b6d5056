import { describe, expect, it } from 'vitest';
import { markerScale } from './marker-scale';

describe('marker scale', () => {
  const scale = markerScale(8_000_000);

  it('gives the largest city the full radius', () => {
    expect(scale(8_000_000)).toBe(1);
  });

  it('makes area, not radius, proportional to population', () => {
    expect(scale(2_000_000)).toBeCloseTo(0.5, 10);
  });

  it('never exceeds the full radius', () => {
    expect(scale(20_000_000)).toBe(1);
  });
});
