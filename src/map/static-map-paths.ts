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
