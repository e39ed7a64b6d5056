import { BASEMAP_LAYERS, type StaticMapPaths, type StaticMapSource } from './static-map-paths';

/**
 * The static map as the prerendered page has it, so the client hydrates the
 * same markup without shipping the geometry again in its script: the shared
 * file's address, or (the offline copy) the inline paths. Null when the page
 * was not prerendered (the dev server).
 */
export function readStaticMap(root: ParentNode): StaticMapSource | null {
  const svg = root.querySelector('svg.static-map');
  const viewBox = svg?.getAttribute('viewBox');
  if (!svg || !viewBox) return null;
  const use = svg.querySelector('use')?.getAttribute('href');
  if (use) return { kind: 'file', viewBox, url: use.replace(/#.*$/, '') };
  const d = (name: string) => svg.querySelector(`.static-map__${name}`)?.getAttribute('d');
  const [neighbours, land, stateLines, nationOutline] = BASEMAP_LAYERS.map(d);
  if (!neighbours || !land || !stateLines || !nationOutline) return null;
  return { kind: 'inline', paths: { viewBox, neighbours, land, stateLines, nationOutline } };
}

/** The layers' path data, wherever they are (the download image draws them). */
export async function loadStaticPaths(basemap: StaticMapSource): Promise<StaticMapPaths> {
  if (basemap.kind === 'inline') return basemap.paths;
  const text = await (await fetch(basemap.url)).text();
  const file = new DOMParser().parseFromString(text, 'image/svg+xml');
  const d = (id: string) => file.getElementById(id)?.getAttribute('d') ?? '';
  const [neighbours, land, stateLines, nationOutline] = BASEMAP_LAYERS.map(d);
  return {
    viewBox: basemap.viewBox,
    neighbours: neighbours!,
    land: land!,
    stateLines: stateLines!,
    nationOutline: nationOutline!,
  };
}
