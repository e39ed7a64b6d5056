/**
 * What the service worker (src/sw.ts) keeps of the pages a reader has
 * visited, as both it and the page (offline.ts) name them. Constants only,
 * so the worker bundles nothing else.
 *
 * Every reader's worker precaches the core, which holds no language's page:
 * a page and its language's words are kept only once that page has been
 * visited, so a reader who never switches language downloads one edition.
 */
import { LANGS } from '../content/langs';

/** The runtime cache of visited pages (keyed by their path, without the query) and their words. */
export const PAGE_CACHE = 'pages';

/** A language's chunk of words and content (English is in the app's script). */
export const LANGUAGE_FILES = new RegExp(
  `/assets/(${LANGS.filter((lang) => lang !== 'en').join('|')})-[\\w-]+\\.js$`,
);

/** The key a page is kept under: its address without query or fragment (every query of an entry is that entry). */
export function pageCacheKey(url: string): string {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}
