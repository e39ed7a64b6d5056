/**
 * The service worker (built by vite-plugin-pwa from this file, with the
 * precache list injected at `self.__WB_MANIFEST`). Offline after one visit:
 * - the core is precached on every device: the article pages (`/`, `/es/`),
 *   the app's script, styles and Spanish words, the shared basemap file;
 * - MapLibre is kept only where it has loaded (the page puts its files in
 *   the `maplibre` cache, src/map/offline-cache.ts) and answered from there;
 * - a page answers for itself whatever its query (`/es/?city=dallas` is
 *   `/es/index.html`); any other path falls back to the English page.
 * Embeds register no worker (src/app/offline.ts).
 */
import {
  addPlugins,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { MAP_CACHE, MAP_FILES } from './map/map-files';

declare const self: {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: () => void): void;
};

// A new build's worker takes over on the next visit, as vite-plugin-pwa's autoUpdate does.
self.addEventListener('install', () => void self.skipWaiting());

// Precaching fetches a page whose revision changed with `cache: 'reload'`,
// downloading again the very page the reader has just loaded (about 20 KB
// gzip on a phone). Revalidating instead costs a 304 when the server has
// not changed it, and is as fresh: the revision still decides what to fetch.
addPlugins([
  {
    requestWillFetch: async ({ request }) =>
      request.cache === 'reload'
        ? new Request(request.url, {
            cache: 'no-cache',
            credentials: request.credentials,
            integrity: request.integrity,
          })
        : request,
  },
]);

precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('./'), {
    // The offline copies are downloads, not pages of the app.
    denylist: [/-offline(-[a-z]+)?\.html$/],
  }),
);

registerRoute(
  MAP_FILES,
  // The page stored them from a request without the module loader's headers:
  // a `Vary: Origin` must not make them miss.
  new CacheFirst({ cacheName: MAP_CACHE, matchOptions: { ignoreVary: true } }),
);
