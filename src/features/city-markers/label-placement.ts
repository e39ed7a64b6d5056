import type { CityId } from '../../content/schema';

export type LabelSide = 'right' | 'left' | 'below' | 'above';

/**
 * Where each city's label sits relative to its marker, chosen so that no label
 * covers another city's button at any frame size from 320 px up (checked by
 * e2e/map.spec.ts): New York's goes out over the Atlantic, Chicago's west of
 * it (east it would meet New York's circle on a phone), Dallas's and Los
 * Angeles's below, clear of each other.
 */
export const LABEL_SIDE: Record<CityId, LabelSide> = {
  chicago: 'left',
  'los-angeles': 'below',
  dallas: 'below',
  'new-york-city': 'right',
  atlanta: 'right',
};
