/**
 * Build-time rendering (scripts/prerender.mjs): the app's first screen as HTML,
 * so that the map, the five city buttons, the headline and the annotation
 * paint before any script runs. The client then hydrates this markup.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import staticMapPaths from 'virtual:static-map-paths';
import { App } from './app/app';
import { renderAsOfflineCopy } from './content/offline-copy';

export { OFFLINE_FILE_NAME } from './content/offline-file-name';

interface RenderOptions {
  /** Rendering the single-file offline copy rather than the site's page. */
  offlineCopy: boolean;
}

export function render({ offlineCopy }: RenderOptions): string {
  renderAsOfflineCopy(offlineCopy);
  return renderToString(
    <StrictMode>
      <App paths={staticMapPaths} />
    </StrictMode>,
  );
}
