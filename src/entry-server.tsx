/**
 * Build-time rendering (scripts/prerender.mjs): the app's first screen as HTML,
 * so that the map, the five city buttons, the headline and the annotation
 * paint before any script runs. The client then hydrates this markup.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import staticMapPaths from 'virtual:static-map-paths';
import { App } from './app/app';

export function render(): string {
  return renderToString(
    <StrictMode>
      <App paths={staticMapPaths} />
    </StrictMode>,
  );
}
