/**
 * The edition on screen (strings, content, formats). It follows the store's
 * `lang` once that language has loaded (src/app/locale-sync.ts), so the page
 * never shows a half-switched mix.
 */
import { create } from 'zustand';
import { englishLocale, type Locale } from '../content/locale';

export const useLocaleStore = create<{ locale: Locale }>()(() => ({ locale: englishLocale }));

/** The current edition, for components. */
export function useLocale(): Locale {
  return useLocaleStore((s) => s.locale);
}
