/**
 * Store `lang` -> the edition on screen, `<html lang>` and the page title.
 * A language is loaded (a separate chunk) before it is shown; if the store's
 * language changes again meanwhile, the older load is dropped.
 */
import { useAppStore } from '../store/app-store';
import { useLocaleStore } from '../store/locale-store';
import { loadLocale, type Locale } from '../content/locale';
import type { Lang } from '../content/langs';

function show(locale: Locale): void {
  useLocaleStore.setState({ locale });
  document.documentElement.lang = locale.lang;
  document.title = locale.t.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', locale.t.description);
}

/**
 * Before hydrating prerendered markup: the store and the edition are put in
 * the language that markup was rendered in, so the two match.
 */
export async function showBuiltLanguage(lang: Lang): Promise<void> {
  useAppStore.setState({ lang });
  if (lang === useLocaleStore.getState().locale.lang) return;
  const locale = await loadLocale(lang).catch(() => null);
  if (locale) show(locale);
}

/** Loads the store's language now (before a first render, to avoid showing English first). */
export async function preloadLocale(): Promise<void> {
  const locale = await loadLocale(useAppStore.getState().lang).catch(() => null);
  if (locale) show(locale);
}

export function syncLocaleFromStore(): () => void {
  const apply = () => {
    const { lang } = useAppStore.getState();
    if (useLocaleStore.getState().locale.lang === lang) return;
    void loadLocale(lang)
      .then((locale) => {
        if (useAppStore.getState().lang === locale.lang) show(locale);
      })
      // A chunk that cannot load (offline before any visit) leaves the page as it is.
      .catch(() => undefined);
  };
  apply();
  return useAppStore.subscribe((state, previous) => {
    if (state.lang !== previous.lang) apply();
  });
}
