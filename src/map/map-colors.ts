/** The map's colours, read from the page's CSS custom properties so that themes live in CSS. */
export interface MapColors {
  water: string;
  land: string;
  neighbours: string;
  stateLine: string;
  nationLine: string;
}

const VARS: Record<keyof MapColors, string> = {
  water: '--map-water',
  land: '--map-land',
  neighbours: '--map-neighbours',
  stateLine: '--map-state-line',
  nationLine: '--map-nation-line',
};

export function readMapColors(element: Element): MapColors {
  const style = getComputedStyle(element);
  const entries = Object.entries(VARS).map(([key, name]) => [
    key,
    style.getPropertyValue(name).trim(),
  ]);
  return Object.fromEntries(entries) as MapColors;
}
