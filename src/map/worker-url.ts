/**
 * Where MapLibre's worker comes from: a file emitted next to the app's
 * scripts. The single-file build (`npm run build:single`) swaps this module
 * for worker-url.single.ts, because a page opened from file:// may not fetch
 * a second file.
 */
import workerFile from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

export const workerUrl: string = workerFile;
