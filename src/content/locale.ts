/**
 * A language's whole edition: UI strings, content, and number and date
 * formats. English ships in the main bundle; other languages are separate
 * chunks loaded when asked for, so English readers download no Spanish.
 */
import type { Lang } from './langs';
import type { Content } from './schema';
import type { Strings } from './strings/types';
import { en } from './strings/en';
import { englishContent } from './content';
import { formatters, type Formatters } from './format';

export interface Locale {
  lang: Lang;
  t: Strings;
  content: Content;
  format: Formatters;
}

export const englishLocale: Locale = {
  lang: 'en',
  t: en,
  content: englishContent,
  format: formatters('en'),
};

export function loadLocale(lang: Lang): Promise<Locale> {
  if (lang === 'es') return import('./locales/es').then((module) => module.spanishLocale);
  return Promise.resolve(englishLocale);
}
