import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** The chart's two index values: the earlier period is 100. */
export interface IndexValues {
  before: number;
  after: number;
}

/**
 * The bar length scale for the index chart. The domain starts at zero, so
 * bar lengths are proportional to the values: a truncated axis would make a
 * 15% rise look like a doubling. The top is rounded up to a tidy value (115 →
 * 120) so the longer bar never fills the whole width.
 */
export function indexScale(values: IndexValues, width: number): ScaleLinear<number, number> {
  const max = Math.max(values.before, values.after);
  return scaleLinear().domain([0, max]).range([0, width]).nice(5);
}

/** The chart's width in its own units; the SVG stretches it to the chart's width. */
export const CHART_WIDTH = 100;

/**
 * Each bar's length in chart units. Computed at build time (the content
 * plugin's `virtual:annotation-bars`), so the chart ships numbers, not d3.
 */
export function indexBarWidths(values: IndexValues): IndexValues {
  const x = indexScale(values, CHART_WIDTH);
  return { before: x(values.before), after: x(values.after) };
}
