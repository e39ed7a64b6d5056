import { scaleSqrt } from 'd3-scale';

/**
 * Marker size as a share (0..1) of the largest marker's radius, so that a
 * circle's area is proportional to population. The CSS multiplies it by the
 * largest radius, which depends on the screen.
 */
export function markerScale(maxPopulation: number): (population: number) => number {
  return scaleSqrt().domain([0, maxPopulation]).range([0, 1]).clamp(true);
}
