import type { StaticMapPaths, StaticMapSource } from './static-map-paths';

/**
 * The static map as the prerendered page has it, so the client hydrates the
 * same markup without shipping the geometry again in its script: the shared
 * file's address, or (the offline copy, the embeds) the inline paths. Null
 * when the page was not prerendered (the dev server).
 */
export function readStaticMap(root: ParentNode): StaticMapSource | null {
  const svg = root.querySelector('svg.static-map');
  const viewBox = svg?.getAttribute('viewBox');
  if (!svg || !viewBox) return null;
  const file = svg.querySelector('use.static-map__land')?.getAttribute('href');
  if (file) return { kind: 'file', viewBox, url: file.replace(/#.*$/, '') };
  const d = (layer: string) => svg.querySelector(`path.static-map__${layer}`)?.getAttribute('d');
  const [neighbours, lakes, land, stateLines] = ['neighbours', 'lakes', 'land', 'state-lines'].map(
    d,
  );
  if (!neighbours || lakes === undefined || lakes === null || !land || !stateLines) return null;
  return {
    kind: 'inline',
    paths: { viewBox, neighbours, lakes, land, stateLines, nationOutline: land },
  };
}

/** The layers' path data, wherever they are (the download image draws them). */
export async function loadStaticPaths(basemap: StaticMapSource): Promise<StaticMapPaths> {
  if (basemap.kind === 'inline') return basemap.paths;
  const text = await (await fetch(basemap.url)).text();
  const file = new DOMParser().parseFromString(text, 'image/svg+xml');
  const d = (id: string) => file.getElementById(id)?.getAttribute('d') ?? '';
  const land = d('land');
  return {
    viewBox: basemap.viewBox,
    neighbours: d('neighbours'),
    lakes: d('lakes'),
    land,
    stateLines: d('state-lines'),
    nationOutline: land,
  };
}
