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
  /** Lakes, in the water's colour, over the neighbours and under the U.S. land. */
  lakes: string;
  land: string;
  stateLines: string;
  nationOutline: string;
}

export function staticMapPaths(topology: BasemapTopology): StaticMapPaths {
  const layers = basemapLayers(topology);
  const land = polygonPath(layers.nation.geometry);
  const box = worldBox(HOME_BOUNDS);
  const g = SVG_PATH_GRID;
  const viewBox = [box.x0 * g, box.y0 * g, (box.x1 - box.x0) * g, (box.y1 - box.y0) * g]
    .map((n) => n.toFixed(1))
    .join(' ');
  return {
    viewBox,
    neighbours: polygonPath(layers.neighbours.geometry),
    lakes: polygonPath(layers.lakes.geometry),
    // One shape for the land, whose outline is the national outline: the
    // same path serves both (drawing each state's shape would repeat every
    // shared border, and a separate outline would repeat the coast).
    land,
    stateLines: linePath(layers.stateLines.geometry),
    nationOutline: land,
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

/**
 * The static map's layers in drawing order, each with the shared file's path
 * it draws: the national outline is the land's shape, stroked (its class sets
 * no fill), so the file has three paths for four layers.
 */
export const BASEMAP_LAYERS = [
  { layer: 'neighbours', path: 'neighbours' },
  { layer: 'lakes', path: 'lakes' },
  { layer: 'land', path: 'land' },
  { layer: 'state-lines', path: 'state-lines' },
  { layer: 'nation', path: 'land' },
] as const;

/** The shared file: one path each; lines keep their width at any scale. */
export function basemapSvgFile(paths: StaticMapPaths): string {
  const stroke = 'vector-effect="non-scaling-stroke" stroke-linejoin="round"';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${paths.viewBox}">`,
    `<path id="neighbours" d="${paths.neighbours}"/>`,
    `<path id="lakes" d="${paths.lakes}"/>`,
    `<path id="land" ${stroke} d="${paths.land}"/>`,
    `<path id="state-lines" fill="none" ${stroke} d="${paths.stateLines}"/>`,
    `</svg>`,
    '',
  ].join('\n');
}
