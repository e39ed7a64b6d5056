/**
 * Path data for the static SVG map, computed once from the basemap topology
 * (at build time, by the content plugin; never in the reader's browser).
 */
import { basemapLayers, type BasemapTopology } from './basemap-features.ts';
import { SVG_PATH_GRID, linePath, polygonPath } from './svg-paths.ts';
import { worldBox } from './projection.ts';
import { HOME_BOUNDS } from './frame-config.ts';

export interface StaticMapPaths {
  /** viewBox of the home frame, in path units. */
  viewBox: string;
  neighbours: string;
  land: string;
  stateLines: string;
  nationOutline: string;
}

export function staticMapPaths(topology: BasemapTopology): StaticMapPaths {
  const layers = basemapLayers(topology);
  const box = worldBox(HOME_BOUNDS);
  const g = SVG_PATH_GRID;
  const viewBox = [box.x0 * g, box.y0 * g, (box.x1 - box.x0) * g, (box.y1 - box.y0) * g]
    .map((n) => n.toFixed(1))
    .join(' ');
  return {
    viewBox,
    neighbours: polygonPath(layers.neighbours.geometry),
    land: layers.states.features.map((f) => polygonPath(f.geometry)).join(''),
    stateLines: linePath(layers.stateLines.geometry),
    nationOutline: linePath(layers.nationOutline.geometry),
  };
}

/**
 * Where the static map's geometry comes from. The article pages reference one
 * shared SVG file (`<use href>`), downloaded and cached once for every page
 * and language instead of repeated in each page's HTML; the offline copy,
 * which may fetch nothing from file://, and the embeds (a frame sandboxed
 * without allow-same-origin may not `<use>` another file) carry the paths inline.
 */
export type StaticMapSource =
  { kind: 'file'; viewBox: string; url: string } | { kind: 'inline'; paths: StaticMapPaths };

/** The ids of the layers in the shared file, in drawing order. */
export const BASEMAP_LAYERS = ['neighbours', 'land', 'state-lines', 'nation'] as const;

/** The shared file: one path per layer; lines keep their width at any scale. */
export function basemapSvgFile(paths: StaticMapPaths): string {
  const line = 'fill="none" vector-effect="non-scaling-stroke" stroke-linejoin="round"';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${paths.viewBox}">`,
    `<path id="neighbours" d="${paths.neighbours}"/>`,
    `<path id="land" d="${paths.land}"/>`,
    `<path id="state-lines" ${line} d="${paths.stateLines}"/>`,
    `<path id="nation" ${line} d="${paths.nationOutline}"/>`,
    `</svg>`,
    '',
  ].join('\n');
}
