import type { Bounds, Padding } from './projection';

/**
 * The home frame: the lower 48 states. Every renderer starts here, for any
 * container from 320×480 to 1920×1080.
 */
export const HOME_BOUNDS: Bounds = { west: -124.8, south: 24.4, east: -66.9, north: 49.4 };

/**
 * Room kept at the edges, in CSS px. The right side is wider because New York
 * City's label sits to the right of its marker, over the Atlantic (on two
 * lines on a small map); the bottom
 * keeps a band over Mexico and the Gulf free for the 15% annotation, so that
 * it never covers a city.
 */
export const HOME_PADDING: Padding = { top: 16, right: 72, bottom: 88, left: 18 };
