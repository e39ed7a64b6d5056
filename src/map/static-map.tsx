import type { StaticMapPaths } from './static-map-paths';

/**
 * The map as plain SVG: the first thing a reader sees, what stays when WebGL
 * is missing, and what prints. Its viewBox is the home frame in world units
 * and `xMidYMid meet` on a box inset by the frame padding is exactly the
 * fit that MapLibre is given, so the two line up; `overflow: visible` lets
 * land beyond the frame fill the rest of the container.
 */
export function StaticMap({ paths }: { paths: StaticMapPaths }) {
  return (
    <svg
      className="static-map"
      viewBox={paths.viewBox}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
    >
      <path className="static-map__neighbours" d={paths.neighbours} />
      <path className="static-map__land" d={paths.land} />
      <path className="static-map__state-lines" d={paths.stateLines} />
      <path className="static-map__nation" d={paths.nationOutline} />
    </svg>
  );
}
