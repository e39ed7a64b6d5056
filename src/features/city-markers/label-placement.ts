import type { CityId } from '../../content/schema';

export type LabelSide = 'right' | 'left' | 'below' | 'above';

/**
 * Where each city's label sits relative to its marker, chosen so that no label
 * covers another city at any frame size: New York's goes out over the
 * Atlantic, Chicago's above Lake Michigan, Dallas's below, and Los Angeles's
 * above, clear of Dallas's on a phone.
 */
export const LABEL_SIDE: Record<CityId, LabelSide> = {
  chicago: 'above',
  'los-angeles': 'above',
  dallas: 'below',
  'new-york-city': 'right',
  atlanta: 'right',
};
