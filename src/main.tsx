import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { readStaticPaths } from './map/read-static-paths';
import { loadLiveMapModule, wantsEagerMap } from './map/load-policy';
import type { StaticMapPaths } from './map/static-map-paths';
import './styles/base.css';
import './styles/theme.css';
import './styles/map.css';
import 'virtual:map-points.css';
import './styles/controls.css';
import './styles/panels.css';
import './styles/annotation.css';
import './styles/popover.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// On a desktop, fetch MapLibre alongside hydration rather than after it.
if (wantsEagerMap()) void loadLiveMapModule().catch(() => undefined);

const prerendered = readStaticPaths(root);
if (prerendered) {
  // The built page: hydrate the prerendered markup as it is (default state);
  // the App applies the URL's state once hydrated.
  hydrateRoot(root, app(prerendered));
} else {
  // The dev server: no prerendered markup, so build the map's paths here.
  void import('virtual:static-map-paths').then(({ default: paths }) => {
    createRoot(root).render(app(paths));
  });
}

function app(paths: StaticMapPaths) {
  return (
    <StrictMode>
      <App paths={paths} />
    </StrictMode>
  );
}
