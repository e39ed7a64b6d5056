/**
 * Store -> <html data-theme>. The colours themselves are light-dark() pairs
 * in theme.css; the attribute only picks the colour scheme (none = follow the
 * system).
 */
import { useAppStore } from '../store/app-store';

export function syncThemeFromStore(): () => void {
  const apply = () => {
    const { theme } = useAppStore.getState();
    const root = document.documentElement;
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
  };
  apply();
  return useAppStore.subscribe((state, previous) => {
    if (state.theme !== previous.theme) apply();
  });
}
