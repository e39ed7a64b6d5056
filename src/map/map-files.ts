/**
 * MapLibre's built files, as the service worker (src/sw.ts) and the page
 * (offline-cache.ts) both name them: the adapter chunk with the library, its
 * styles, and its worker; the runtime cache they are kept in; and where the
 * app loads them at once. Constants only, so the prerender can read them
 * without bundling MapLibre.
 */
export const MAP_CACHE = 'maplibre';

/**
 * Where MapLibre loads at once (a fine pointer and room: a laptop); load-policy.ts
 * uses it, and the prerender preloads MapLibre behind it.
 */
export const EAGER_MEDIA = '(pointer: fine) and (min-width: 48rem)';
export const MAP_FILES = /\/assets\/(live-map|maplibre-gl-worker)-[\w-]+\.(js|css)$/;
