/**
 * Store `lang` -> the edition on screen, `<html lang>` and the page title.
 * A language is loaded (a separate chunk) before it is shown; if the store's
 * language changes again meanwhile, the older load is dropped.
 */
import { useAppStore } from '../store/app-store';
import { useLocaleStore } from '../store/locale-store';
import { loadEdition, type Locale } from '../content/locale';

function show(locale: Locale): void {
  useLocaleStore.setState({ locale });
  document.documentElement.lang = locale.lang;
  document.title = locale.t.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', locale.t.description);
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
      // A chunk that cannot load (offline before any visit) leaves the page
      // as it is, and the store (and so the address) says so.
      .catch(() => {
        const shown = useLocaleStore.getState().locale.lang;
        if (useAppStore.getState().lang === lang) useAppStore.getState().setLang(shown);
      });
  };
  apply();
  return useAppStore.subscribe((state, previous) => {
    if (state.lang !== previous.lang) apply();
  });
}
