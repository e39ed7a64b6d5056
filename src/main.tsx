import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { readStaticPaths } from './map/read-static-paths';
import { loadLiveMapModule, wantsEagerMap } from './map/load-policy';
import { builtLang, pageUrlState, readUrlIntoStore } from './app/url-sync';
import { showStoreLanguage } from './app/locale-sync';
import { useAppStore } from './store/app-store';
import { loadLocale } from './content/locale';
import { registerOffline } from './app/offline';
import type { StaticMapPaths } from './map/static-map-paths';
import './styles/base.css';
import './styles/theme.css';
import './styles/map.css';
import 'virtual:map-points.css';
import './styles/controls.css';
import './styles/panels.css';
import './styles/annotation.css';
import './styles/popover.css';
import './styles/present.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// On a desktop, fetch MapLibre alongside hydration rather than after it.
if (wantsEagerMap()) void loadLiveMapModule().catch(() => undefined);

const { mode, lang } = pageUrlState().state;
document.documentElement.dataset.mode = mode;
// Another language's chunk starts loading now, alongside hydration, not after it.
if (lang !== builtLang()) void loadLocale(lang).catch(() => undefined);

const prerendered = readStaticPaths(root);
if (prerendered && mode === 'explore') {
  // The built page: hydrate the prerendered markup as it is (default state,
  // in the language it was built in); the App applies the URL's state once hydrated.
  useAppStore.setState({ lang: builtLang() });
  void showStoreLanguage().then(() => hydrateRoot(root, app(prerendered)));
} else {
  // Another mode (an embed) has its own layout, so it renders afresh instead
  // of hydrating markup that would not match; so does the dev server, which
  // has no prerendered markup and builds the map's paths here.
  readUrlIntoStore();
  const paths = prerendered
    ? Promise.resolve(prerendered)
    : import('virtual:static-map-paths').then((module) => module.default);
  // Rendering afresh, so the first render can already be in the URL's language.
  void Promise.all([paths, showStoreLanguage()]).then(([p]) => createRoot(root).render(app(p)));
}

registerOffline();

function app(paths: StaticMapPaths) {
  return (
    <StrictMode>
      <App paths={paths} />
    </StrictMode>
  );
}
