/**
 * What the service worker (src/sw.ts) keeps of the pages a reader has
 * visited, as both it and the page (offline.ts) name them. Constants only,
 * so the worker bundles nothing else.
 *
 * Every reader's worker precaches the core, which holds no language's page:
 * a page and its language's words are kept only once that page has been
 * visited, so a reader who never switches language downloads one edition.
 */
import { LANGS, type Lang } from '../content/langs.ts';

/** The runtime cache of visited pages (keyed by their path, without the query) and their words. */
export const PAGE_CACHE = 'pages';

/** The languages with a chunk of their own (English is in the app's script). */
export const CHUNKED_LANGS: readonly Lang[] = LANGS.filter((lang) => lang !== 'en');

/** A language's chunk of words and content, by its file name under assets/ (`es-<hash>.js`). */
export function languageChunkName(lang: Lang): RegExp {
  return new RegExp(`^${lang}-[\\w-]+\\.js$`);
}

/** Any language's file, its chunk of words or its full content (src/content/editions-loader.ts), by its path. */
export const LANGUAGE_FILES = new RegExp(
  `/assets/(?:(?:${CHUNKED_LANGS.join('|')})-[\\w-]+\\.js|content-(?:${LANGS.join('|')})-[\\w-]+\\.json)$`,
);

/** The key a page is kept under: its address without query or fragment (every query of an entry is that entry). */
export function pageCacheKey(url: string): string {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return key.href;
}
