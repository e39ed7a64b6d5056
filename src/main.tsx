import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { readStaticMap } from './map/read-static-paths';
import { loadLiveMapModule, noticeEarlyIntent, wantsEagerMap } from './map/load-policy';
import { pageUrlState, readUrlIntoStore } from './app/url-sync';
import { pageEntry } from './store/page-entry';
import { startHeightReports } from './features/embed/embed-messenger';
import { showStoreLanguage } from './app/locale-sync';
import { useAppStore } from './store/app-store';
import { useLocaleStore } from './store/locale-store';
import { seedInitialState } from './store/seed';
import { loadLocale } from './content/locale';
import { hydrateInPieces } from './components/deferred';
import { registerOffline } from './app/offline';
import type { StaticMapSource } from './map/static-map-paths';
import './styles/base.css';
import './styles/theme.css';
import './styles/map.css';
import 'virtual:map-points.css';
import './styles/controls.css';
import './styles/panels.css';
import './styles/annotation.css';
import './styles/popover.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// Read before anything changes <html lang data-mode>: the entry this page is.
const entry = pageEntry();
const { mode, lang } = pageUrlState().state;
// The embed entry tells its host its height now: its prerendered page is
// already its final layout. (An old `?mode=embed` link to the article page
// starts reporting once it has become the embed.)
if (entry.mode === 'embed') startHeightReports();

// On a desktop, fetch MapLibre alongside hydration rather than after it;
// elsewhere, a reader reaching for the map before hydration is not lost.
if (wantsEagerMap(mode)) void loadLiveMapModule().catch(() => undefined);
else noticeEarlyIntent();
// Another language's chunk starts loading now, alongside hydration, not after it.
if (lang !== entry.lang) void loadLocale(lang).catch(() => undefined);

const prerendered = readStaticMap(root);
if (prerendered) {
  // The built page: hydrate the prerendered markup as it is (its entry's
  // language and layout); the App applies the URL's other state once hydrated.
  seedInitialState(useAppStore, { lang: entry.lang, mode: entry.mode });
  // If the page's language cannot load (offline before any visit), the
  // prerendered page stays as it is rather than hydrate in another language.
  // Hydration starts in a task of its own, after this script's evaluation:
  // shorter tasks instead of one long one that would hold up a tap. The long
  // parts then hydrate one per task (components/deferred.tsx).
  void loadLocale(entry.lang).then(
    (locale) =>
      setTimeout(() => {
        // Intl's first use loads its locale data, the costliest single step
        // on a slow phone (about 130 ms at a quarter of this machine's speed):
        // a task of its own, not a part of hydration's first one.
        locale.format.date('2000-01-01', '');
        locale.format.number(0);
        setTimeout(() => {
          seedInitialState(useLocaleStore, { locale });
          // A mismatch is React's recoverable error, reported (by default) to
          // the console and the window: the e2e tests fail on it.
          hydrateInPieces(() => hydrateRoot(root, app(prerendered)));
        });
      }),
    () => undefined,
  );
} else {
  // The dev server has no prerendered markup: render afresh, already in the
  // URL's state, with the shared basemap file the dev server serves.
  document.documentElement.dataset.mode = mode;
  readUrlIntoStore();
  const basemap = import('virtual:basemap-file').then((module) => module.default);
  void Promise.all([basemap, showStoreLanguage()]).then(([file]) =>
    createRoot(root).render(app({ kind: 'file', ...file })),
  );
}

// The page's own language, and the address's if it asks for another.
registerOffline(mode, [...new Set([entry.lang, lang])]);

function app(basemap: StaticMapSource) {
  return (
    <StrictMode>
      <App basemap={basemap} />
    </StrictMode>
  );
}
