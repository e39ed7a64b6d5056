/**
 * Store `lang` -> the edition on screen, `<html lang>` and the page title.
 * A language is loaded (a separate chunk) before it is shown; if the store's
 * language changes again meanwhile, the older load is dropped.
 */
import { useAppStore } from '../store/app-store';
import { useLocaleStore } from '../store/locale-store';
import { loadLocale, type Locale } from '../content/locale';
import { fetchFullContent } from '../content/editions';
import type { Lang } from '../content/langs';

function show(locale: Locale): void {
  useLocaleStore.setState({ locale });
  document.documentElement.lang = locale.lang;
  document.title = locale.t.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', locale.t.description);
}

/**
 * A language's strings and core, and its full content: the page's islands
 * (components/island.tsx) are drawn again in the new words, at once.
 */
async function loadEdition(lang: Lang): Promise<Locale> {
  const [locale] = await Promise.all([loadLocale(lang), fetchFullContent(lang)]);
  return locale;
}

/**
 * Shows the store's language now, before a first render, so that a fresh
 * render (the dev server's, which has no prerendered page) starts in the
 * URL's language. A built page hydrates in its entry's language instead.
 */
export async function showStoreLanguage(): Promise<void> {
  const { lang } = useAppStore.getState();
  if (lang === useLocaleStore.getState().locale.lang) return;
  const locale = await loadEdition(lang).catch(() => null);
  if (locale) show(locale);
}

export function syncLocaleFromStore(): () => void {
  const apply = () => {
    const { lang } = useAppStore.getState();
    if (useLocaleStore.getState().locale.lang === lang) return;
    void loadEdition(lang)
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
