import { isOfflineCopy } from '../content/offline-copy';
import { LANGUAGE_FILES, PAGE_CACHE, pageCacheKey } from './page-files';
import { FULL_CONTENT_URLS } from '../content/editions-loader';
import type { Lang } from '../content/langs';

/**
 * Registers the service worker (built by vite-plugin-pwa) so the map works
 * offline after one visit. Registered by hand rather than by the plugin's
 * script because reading `navigator.serviceWorker` throws in a frame
 * sandboxed without allow-same-origin; there, the map simply stays online-only.
 */
export function registerOffline(mode: string, langs: readonly Lang[]): void {
  // The offline copy (one file, often opened from file://) needs no worker.
  // Nor does an embed: in someone else's article its worker would be
  // partitioned to that site, and each reader would download the core for nothing.
  if (!import.meta.env.PROD || isOfflineCopy() || mode === 'embed') return;
  const register = () => {
    try {
      if (!('serviceWorker' in navigator)) return;
      const workers = navigator.serviceWorker;
      const firstVisit = workers.controller === null;
      void workers
        .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
        .then(() =>
          firstVisit
            ? workers.ready.then(() => keepThisPage(langs))
            : // A first visit may have been cut short before it kept the content.
              keepFullContent(langs),
        )
        .catch(() => undefined);
    } catch {
      // Sandboxed or private contexts: no offline copy, nothing else changes.
    }
  };
  // After the page has loaded, so that precaching never competes with what
  // the reader is waiting for (the map, on a laptop).
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/**
 * The worker keeps the pages it serves (src/sw.ts), but not this one: it
 * loaded before the worker ran. So the page keeps itself and its language's
 * words, fetched again from the HTTP cache (a revalidation for the page, no
 * download for the hashed chunk), then its full content. The page is asked
 * for at the address it was loaded from, which the HTTP cache holds, not the
 * address bar's: that follows the reader (`?city=…`) and would download the
 * page again.
 */
async function keepThisPage(langs: readonly Lang[]): Promise<void> {
  const cache = await caches.open(PAGE_CACHE);
  const [navigation] = performance.getEntriesByType('navigation');
  const loadedFrom = navigation?.name ?? window.location.href;
  const page = await fetch(loadedFrom);
  if (page.ok) await cache.put(pageCacheKey(loadedFrom), page);
  const words = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === window.location.origin && LANGUAGE_FILES.test(url.pathname));
  await cache.addAll(words.map((url) => url.href));
  await keepFullContent(langs);
}

/**
 * The page's full content (src/content/editions.ts), so present mode and the
 * list work offline: downloaded into the cache, not parsed (the page's
 * islands stay as they are), and an older build's copy dropped.
 */
async function keepFullContent(langs: readonly Lang[]): Promise<void> {
  const cache = await caches.open(PAGE_CACHE);
  const keys = await cache.keys();
  for (const lang of langs) {
    const current = new URL(FULL_CONTENT_URLS[lang], window.location.href).href;
    const older = keys.filter(
      (key) => key.url !== current && new URL(key.url).pathname.includes(`/content-${lang}-`),
    );
    await Promise.all(older.map((key) => cache.delete(key)));
    if (!keys.some((key) => key.url === current)) await cache.add(current);
  }
}
