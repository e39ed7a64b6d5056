/**
 * The map's colours, read from the page's CSS custom properties so that themes
 * live in CSS. The properties hold light-dark() pairs, which a custom property
 * does not resolve, so each is resolved through a probe element's `color`.
 */
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
  const probe = document.createElement('span');
  probe.hidden = true;
  element.appendChild(probe);
  const colors = {} as MapColors;
  for (const [key, name] of Object.entries(VARS) as [keyof MapColors, string][]) {
    probe.style.color = `var(${name})`;
    colors[key] = getComputedStyle(probe).color;
  }
  probe.remove();
  return colors;
}
