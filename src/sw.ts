/**
 * The service worker (built by vite-plugin-pwa from this file, with the
 * precache list injected at `self.__WB_MANIFEST`). Offline after one visit:
 * - the core is precached on every device: the app's script, React, the
 *   styles, the shared basemap file; no page and no language's words;
 * - the pages a reader visits, with their language's words, are kept as
 *   they are visited (the page itself keeps those it loaded before the
 *   worker ran: src/app/offline.ts). A page is asked of the network first,
 *   so a correction reaches every reader who is online; offline it answers
 *   from the cache whatever its query (`/es/?city=dallas` is `/es/`), and a
 *   page never visited falls back to one that was;
 * - MapLibre is kept only where it has loaded (the page puts its files in
 *   the `maplibre` cache, src/map/offline-cache.ts) and answered from there.
 * Embeds register no worker (src/app/offline.ts).
 */
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { MAP_CACHE, MAP_FILES } from './map/map-files';
import { LANGUAGE_FILES, PAGE_CACHE, pageCacheKey } from './app/page-files';

declare const self: {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: () => void): void;
};

// A new build's worker takes over on the next visit, as vite-plugin-pwa's autoUpdate does.
self.addEventListener('install', () => void self.skipWaiting());

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(
    new NetworkFirst({
      cacheName: PAGE_CACHE,
      // A classroom's network that hangs rather than fails: the kept page
      // after 4 s (the network's answer still updates it for next time).
      networkTimeoutSeconds: 4,
      plugins: [{ cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(request.url) }],
    }),
    // The offline copies are downloads, not pages of the app.
    { denylist: [/-offline(-[a-z]+)?\.html$/] },
  ),
);

// A language's words are kept once loaded: their names change with their content.
registerRoute(
  ({ url }) => url.origin === self.location.origin && LANGUAGE_FILES.test(url.pathname),
  new CacheFirst({ cacheName: PAGE_CACHE }),
);

// Offline, a page never visited (another language, say) is answered with
// one that was, the article page first, rather than the browser's error page.
setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  const cache = await caches.open(PAGE_CACHE);
  const pages = (await cache.keys()).filter((key) => key.url.endsWith('/'));
  pages.sort((a, b) => a.url.length - b.url.length);
  return (pages[0] && (await cache.match(pages[0]))) ?? Response.error();
});

registerRoute(
  MAP_FILES,
  // The page stored them from a request without the module loader's headers:
  // a `Vary: Origin` must not make them miss.
  new CacheFirst({ cacheName: MAP_CACHE, matchOptions: { ignoreVary: true } }),
);
