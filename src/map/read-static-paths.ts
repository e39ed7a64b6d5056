import type { StaticMapPaths } from './static-map-paths';

/**
 * The static map's path data, read back from the prerendered SVG, so the
 * client hydrates the same markup without shipping ~80 KB of path strings in
 * its script. Null when the page was not prerendered (the dev server).
 */
export function readStaticPaths(root: ParentNode): StaticMapPaths | null {
  const svg = root.querySelector('svg.static-map');
  const d = (name: string) => svg?.querySelector(`.static-map__${name}`)?.getAttribute('d');
  const viewBox = svg?.getAttribute('viewBox');
  const neighbours = d('neighbours');
  const land = d('land');
  const stateLines = d('state-lines');
  const nationOutline = d('nation');
  if (!viewBox || !neighbours || !land || !stateLines || !nationOutline) return null;
  return { viewBox, neighbours, land, stateLines, nationOutline };
}
