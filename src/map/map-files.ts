/**
 * MapLibre's built files, as the service worker (vite.config.ts) and the page
 * (offline-cache.ts) both name them: the adapter chunk with the library, its
 * styles, and its worker; and the runtime cache they are kept in.
 */
export const MAP_CACHE = 'maplibre';
export const MAP_FILES = /\/assets\/(live-map|maplibre-gl-worker)-[\w-]+\.(js|css)$/;
