import { isOfflineCopy } from '../content/offline-copy';
import { LANGUAGE_FILES, PAGE_CACHE, pageCacheKey } from './page-files';
import { fetchFullContent } from '../content/editions';
import type { Lang } from '../content/langs';

/**
 * Registers the service worker (built by vite-plugin-pwa) so the map works
 * offline after one visit. Registered by hand rather than by the plugin's
 * script because reading `navigator.serviceWorker` throws in a frame
 * sandboxed without allow-same-origin; there, the map simply stays online-only.
 */
export function registerOffline(mode: string, lang: Lang): void {
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
            ? workers.ready.then(() => keepThisPage(lang))
            : // Through the worker, which keeps it (its first visit may have
              // been cut short before it could).
              fetchFullContent(lang).then(() => undefined),
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
 * loaded before the worker ran. So the page keeps itself, its language's
 * words and its full content, fetched again from the HTTP cache (a revalidation for the page, no
 * download for the hashed chunk). The page is asked for at the address it
 * was loaded from, which the HTTP cache holds, not the address bar's: that
 * follows the reader (`?city=…`) and would download the page again.
 */
async function keepThisPage(lang: Lang): Promise<void> {
  const cache = await caches.open(PAGE_CACHE);
  // The full content too, for present mode and the list offline (fetched,
  // not shown: the page's islands stay as they are).
  await fetchFullContent(lang).catch(() => undefined);
  const [navigation] = performance.getEntriesByType('navigation');
  const loadedFrom = navigation?.name ?? window.location.href;
  const page = await fetch(loadedFrom);
  if (page.ok) await cache.put(pageCacheKey(loadedFrom), page);
  const words = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === window.location.origin && LANGUAGE_FILES.test(url.pathname));
  await cache.addAll(words.map((url) => url.href));
}
