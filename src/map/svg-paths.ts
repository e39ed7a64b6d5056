/**
 * SVG path data for the static map, in world units (see projection.ts). The
 * static SVG uses a viewBox in the same units, so it lines up with MapLibre.
 * Coordinates are rounded to 1/25 of a world unit (under half a pixel on a
 * 1920 px frame of the lower 48) and written relative to the previous rounded point,
 * which keeps the markup small without accumulating error.
 */
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { toWorld } from './projection.ts';

const GRID = 25;

function pathOfLines(lines: Position[][], closed: boolean): string {
  let out = '';
  for (const line of lines) {
    let prevX = 0;
    let prevY = 0;
    let first = true;
    let segment = '';
    let count = 0;
    for (const [lon, lat] of line) {
      const w = toWorld({ lon: lon ?? 0, lat: lat ?? 0 });
      const x = Math.round(w.x * GRID);
      const y = Math.round(w.y * GRID);
      if (first) {
        segment += `M${x} ${y}`;
        first = false;
      } else {
        const dx = x - prevX;
        const dy = y - prevY;
        if (dx === 0 && dy === 0) continue;
        segment += `l${dx} ${dy}`.replace(/ -/g, '-');
      }
      prevX = x;
      prevY = y;
      count += 1;
    }
    if (count >= (closed ? 3 : 2)) out += closed ? `${segment}z` : segment;
  }
  return out;
}

/** Path data, at GRID × world units (draw it inside `scale(1/GRID)`). */
export function polygonPath(geometry: Polygon | MultiPolygon): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => pathOfLines(rings, true)).join('');
}

export function linePath(geometry: MultiLineString): string {
  return pathOfLines(geometry.coordinates, false);
}

/** The factor the paths are multiplied by. */
export const SVG_PATH_GRID = GRID;
