import { isOfflineCopy } from '../content/offline-copy';

/**
 * Registers the service worker (built by vite-plugin-pwa) so the map works
 * offline after one visit. Registered by hand rather than by the plugin's
 * script because reading `navigator.serviceWorker` throws in a frame
 * sandboxed without allow-same-origin; there, the map simply stays online-only.
 */
export function registerOffline(mode: string): void {
  // The offline copy (one file, often opened from file://) needs no worker.
  // Nor does an embed: in someone else's article its worker would be
  // partitioned to that site, and each reader would download the core for nothing.
  if (!import.meta.env.PROD || isOfflineCopy() || mode === 'embed') return;
  const register = () => {
    try {
      if (!('serviceWorker' in navigator)) return;
      void navigator.serviceWorker
        .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
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
