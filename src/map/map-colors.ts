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

/**
 * Resolves CSS custom properties that hold colours (light-dark() pairs, which
 * a custom property does not resolve by itself) to real colours, through a
 * probe element's `color`.
 */
export function resolveColorVars<K extends string>(
  element: Element,
  vars: Record<K, string>,
): Record<K, string> {
  const probe = document.createElement('span');
  probe.hidden = true;
  element.appendChild(probe);
  const colors = {} as Record<K, string>;
  for (const [key, name] of Object.entries(vars) as [K, string][]) {
    probe.style.color = `var(${name})`;
    colors[key] = getComputedStyle(probe).color;
  }
  probe.remove();
  return colors;
}

export function readMapColors(element: Element): MapColors {
  return resolveColorVars(element, VARS);
}

/** Line widths in px for the current theme (the projector theme draws them thicker). */
export function readLineWidths(element: Element): { state: number; nation: number } {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: number) => {
    const value = Number.parseFloat(style.getPropertyValue(name));
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    state: read('--map-state-line-width', 0.8),
    nation: read('--map-nation-line-width', 1.2),
  };
}
