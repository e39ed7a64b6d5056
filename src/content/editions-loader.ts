/**
 * Where each language's full content is on the site, and how it is fetched:
 * a JSON file the build writes (`assets/content-<lang>-<hash>.json`,
 * scripts/content-plugin.ts), which the service worker keeps once fetched.
 * Fetched, not imported: a failed fetch can be tried again (a failed
 * `import()` stays failed until the page reloads), and keeping it for
 * offline use costs no parsing. The one-file offline copy has its own
 * loader (editions-loader.single.ts).
 */
import englishUrl from 'virtual:full-content-url/en';
import spanishUrl from 'virtual:full-content-url/es';
import type { Lang } from './langs';
import type { Content } from './schema';

export const FULL_CONTENT_URLS: Readonly<Record<Lang, string>> = { en: englishUrl, es: spanishUrl };

export async function loadFullContent(lang: Lang): Promise<Content> {
  const response = await fetch(FULL_CONTENT_URLS[lang]);
  if (!response.ok) throw new Error(`The ${lang} content could not load (${response.status}).`);
  return (await response.json()) as Content;
}
