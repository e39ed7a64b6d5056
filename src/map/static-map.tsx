import { useId } from 'react';
import { BASEMAP_LAYERS, type StaticMapSource } from './static-map-paths';

/**
 * The map as plain SVG: the first thing a reader sees, what stays when WebGL
 * is missing, and what prints. Its viewBox is the home frame in world units
 * and `xMidYMid meet` on a box inset by the frame padding is exactly the
 * fit that MapLibre is given, so the two line up; `overflow: visible` lets
 * land beyond the frame fill the rest of the container. Each layer is a
 * `<use>` of the shared basemap file (styled through inheritance: fill and
 * stroke come from the layer's class), or, inline, a path; the national
 * outline is the land's shape stroked.
 */
export function StaticMap({ basemap }: { basemap: StaticMapSource }) {
  const landId = useId();
  const viewBox = basemap.kind === 'file' ? basemap.viewBox : basemap.paths.viewBox;
  return (
    <svg
      className="static-map"
      viewBox={viewBox}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
    >
      {basemap.kind === 'file' ? (
        BASEMAP_LAYERS.map(({ layer, path }) => (
          <use key={layer} className={`static-map__${layer}`} href={`${basemap.url}#${path}`} />
        ))
      ) : (
        <>
          <path className="static-map__neighbours" d={basemap.paths.neighbours} />
          <path className="static-map__lakes" d={basemap.paths.lakes} />
          <path id={landId} className="static-map__land" d={basemap.paths.land} />
          <path className="static-map__state-lines" d={basemap.paths.stateLines} />
          <use className="static-map__nation" href={`#${landId}`} />
        </>
      )}
    </svg>
  );
}
