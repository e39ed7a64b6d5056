/**
 * Store -> <html data-theme data-mode>. The colours themselves are light-dark() pairs
 * in theme.css; the attribute only picks the colour scheme (none = follow the
 * system).
 */
import { useAppStore } from '../store/app-store';

export function syncThemeFromStore(): () => void {
  const apply = () => {
    const { theme, mode } = useAppStore.getState();
    const root = document.documentElement;
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
    // Mode-specific CSS (embed, present) keys off the same element.
    root.dataset.mode = mode;
  };
  apply();
  return useAppStore.subscribe((state, previous) => {
    if (state.theme !== previous.theme || state.mode !== previous.mode) apply();
  });
}
