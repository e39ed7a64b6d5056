/**
 * The offline copy: the whole app as one HTML file (`npm run build:single`)
 * that a teacher downloads from the deployed site ("Download for offline
 * use") and opens from a USB stick with no network.
 */
export { offlineFileName } from './offline-file-name';

let offlineCopy = import.meta.env.MODE === 'single';

/** True in the offline copy: no service worker, no embed code, no link to itself. */
export function isOfflineCopy(): boolean {
  return offlineCopy;
}

/**
 * Prerendering the offline copy uses the same server bundle as the site's
 * page, so the prerender (scripts/prerender-plugin.ts) says which page it is rendering.
 */
export function renderAsOfflineCopy(value: boolean): void {
  offlineCopy = value;
}
