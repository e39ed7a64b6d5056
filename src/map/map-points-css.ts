/**
 * The stylesheet that places things on the map, generated at build time from
 * the content (scripts/content-plugin.ts serves it as `virtual:map-points.css`):
 * the home frame's numbers, and each city's world
 * coordinates and marker size. Being a stylesheet rather than inline `style`
 * attributes, it needs no 'unsafe-inline' in the Content-Security-Policy.
 */
import { HOME_BOUNDS, HOME_PADDING } from './frame-config.ts';
import { toWorld, worldBox, type LngLat } from './projection.ts';

export interface MapPoint {
  /** A CSS selector for the element placed at this point. */
  selector: string;
  at?: LngLat;
  /** Marker size as a share of the largest radius (see marker-scale.ts). */
  k?: number;
}

const n = (value: number) => value.toFixed(4);

/**
 * Each city's notes are anchored to its button (CSS anchor positioning), so
 * that before any script they open beside it: the names come from the content.
 */
function cityAnchors(cityIds: readonly string[]): string[] {
  return cityIds.flatMap((id) => [
    `.city-marker[data-city='${id}'] .city-marker__button{anchor-name:--city-${id}}`,
    `#city-notes-${id}{position-anchor:--city-${id}}`,
  ]);
}

export function mapPointsCss(points: readonly MapPoint[], cityIds: readonly string[] = []): string {
  const box = worldBox(HOME_BOUNDS);
  const frame = [
    `--pad-top:${HOME_PADDING.top}px`,
    `--pad-right:${HOME_PADDING.right}px`,
    `--pad-bottom:${HOME_PADDING.bottom}px`,
    `--pad-left:${HOME_PADDING.left}px`,
    `--frame-x0:${box.x0.toFixed(6)}`,
    `--frame-y0:${box.y0.toFixed(6)}`,
    `--frame-dx:${(box.x1 - box.x0).toFixed(6)}`,
    `--frame-dy:${(box.y1 - box.y0).toFixed(6)}`,
  ];
  const rules = [`.map-stage{${frame.join(';')}}`];
  for (const point of points) {
    const decls: string[] = [];
    if (point.at) {
      const world = toWorld(point.at);
      decls.push(`--wx:${n(world.x)}`, `--wy:${n(world.y)}`);
    }
    if (point.k !== undefined) decls.push(`--k:${n(point.k)}`);
    rules.push(`${point.selector}{${decls.join(';')}}`);
  }
  rules.push(...cityAnchors(cityIds));
  return `${rules.join('\n')}\n`;
}
