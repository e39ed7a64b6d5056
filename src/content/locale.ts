/**
 * A language's edition as the page's script carries it: UI strings, the
 * content's core (see schema.ts, `CoreContent`; the rest is in editions.ts),
 * and number and date formats. English ships in the main bundle; other
 * languages are separate chunks loaded when asked for, so English readers
 * download no Spanish.
 */
import englishCore from 'virtual:core-content/en';
import type { Lang } from './langs';
import type { CoreContent } from './schema';
import type { Strings } from './strings/types';
import { en } from './strings/en';
import { deepFreeze } from './freeze';
import { formatters, type Formatters } from './format';
import { fetchFullContent } from './editions';

export interface Locale {
  lang: Lang;
  t: Strings;
  content: CoreContent;
  format: Formatters;
}

export const englishLocale: Locale = {
  lang: 'en',
  t: en,
  content: deepFreeze(englishCore),
  format: formatters('en'),
};

export function loadLocale(lang: Lang): Promise<Locale> {
  if (lang === 'es') return import('./locales/es').then((module) => module.spanishLocale);
  return Promise.resolve(englishLocale);
}

/**
 * A language's strings and core, and its full content: shown together, so
 * that the page's islands (components/island.tsx) are drawn again in the new
 * words at once, or not at all.
 */
export async function loadEdition(lang: Lang): Promise<Locale> {
  const [locale] = await Promise.all([loadLocale(lang), fetchFullContent(lang)]);
  return locale;
}
