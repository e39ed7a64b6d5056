/** The populations, in millions, the legend draws a circle for. */
export const LEGEND_STEPS = [1, 4, 8] as const;
