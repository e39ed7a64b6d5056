/**
 * The offline copy's full content (see editions-loader.ts): modules inlined
 * in the one file, since file:// may fetch nothing.
 */
import type { Lang } from './langs';
import type { Content } from './schema';

export const FULL_CONTENT_URLS: Readonly<Record<Lang, string>> = { en: '', es: '' };

export function loadFullContent(lang: Lang): Promise<Content> {
  const module =
    lang === 'es' ? import('virtual:full-content/es') : import('virtual:full-content/en');
  return module.then((loaded) => loaded.default);
}
