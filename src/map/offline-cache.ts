/**
 * MapLibre's files for offline use. The service worker precaches only the
 * core (pages, the app's script and styles) on every device; MapLibre (about
 * 470 KB gzip) is kept only where it has really loaded: a laptop that loads
 * it at once, or a reader who reached for the map. The page puts the files
 * it has just fetched (so from the HTTP cache, at no cost) into the cache
 * that the service worker answers them from (vite.config.ts, map-files.ts).
 */
import { isOfflineCopy } from '../content/offline-copy';
import { MAP_CACHE, MAP_FILES } from './map-files';

export function keepMapFilesOffline(known: readonly string[]): void {
  // The offline copy is one file; an embed runs no service worker.
  if (!import.meta.env.PROD || isOfflineCopy() || !('caches' in window)) return;
  if (document.documentElement.dataset.mode === 'embed') return;
  const urls = new Set<string>();
  const add = (url: string) => {
    const absolute = new URL(url, window.location.href);
    if (absolute.origin === window.location.origin && MAP_FILES.test(absolute.pathname)) {
      urls.add(absolute.href);
    }
  };
  known.forEach(add);
  for (const entry of performance.getEntriesByType('resource')) add(entry.name);
  void caches
    .open(MAP_CACHE)
    .then((cache) => cache.addAll([...urls]))
    .catch(() => undefined);
}
