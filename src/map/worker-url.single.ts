/**
 * The single-file build's MapLibre worker: its source is inlined in the page
 * and started from a Blob URL, which works from file:// where fetching a
 * separate worker file does not (the page's origin is opaque there).
 */
import workerSource from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';

export const workerUrl: string = URL.createObjectURL(
  new Blob([workerSource], { type: 'text/javascript' }),
);
