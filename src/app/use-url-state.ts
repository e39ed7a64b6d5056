import { useEffect } from 'react';
import { readUrlIntoStore, syncUrlFromStore } from './url-sync';
import { syncThemeFromStore } from './theme-sync';
import { syncLocaleFromStore } from './locale-sync';

/**
 * Applies the URL's state once the app is on screen, then keeps the URL, the
 * theme and the language in step with the store. It runs after hydration on
 * purpose: the prerendered HTML shows its entry's default view (its language
 * and layout, no city open), and hydrating it with another state would not match it.
 */
export function useUrlState(): void {
  useEffect(() => {
    readUrlIntoStore();
    const stopTheme = syncThemeFromStore();
    const stopLocale = syncLocaleFromStore();
    const stopUrl = syncUrlFromStore();
    return () => {
      stopTheme();
      stopLocale();
      stopUrl();
    };
  }, []);
}
