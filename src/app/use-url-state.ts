import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
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
    // A city a reader opened before the scripts arrived (adopted by the
    // popovers just before this runs) wins over the link's.
    const openedBeforeApp = useAppStore.getState().selectedCityId;
    readUrlIntoStore();
    if (openedBeforeApp) {
      useAppStore.setState({ selectedCityId: openedBeforeApp, selectedByLink: true });
    }
    const stopTheme = syncThemeFromStore();
    const stopLocale = syncLocaleFromStore();
    const stopUrl = syncUrlFromStore();
    // The app has taken over the prerendered page (README, "the DOM contract").
    document.documentElement.dataset.app = 'live';
    return () => {
      stopTheme();
      stopLocale();
      stopUrl();
    };
  }, []);
}
