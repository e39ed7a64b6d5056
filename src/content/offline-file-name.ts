import type { Lang } from './langs';

/** The offline copy's file name, next to index.html on the deployed site (also used by the build). */
export const OFFLINE_FILE_NAME = 'ice-cities-map-offline.html';

/** Each language's offline copy: the same app, prerendered and opening in that language. */
export function offlineFileName(lang: Lang): string {
  return lang === 'en' ? OFFLINE_FILE_NAME : OFFLINE_FILE_NAME.replace(/\.html$/, `-${lang}.html`);
}
