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
import { loadLocale } from './content/locale';
import type { Lang } from './content/langs';
import { useLocaleStore } from './store/locale-store';
import { useAppStore } from './store/app-store';

export { OFFLINE_FILE_NAME, offlineFileName } from './content/offline-file-name';

interface RenderOptions {
  /** Rendering the single-file offline copy rather than the site's page. */
  offlineCopy: boolean;
  /** The language the page opens in (the site's is English; each offline copy has one). */
  lang: Lang;
}

export interface Rendered {
  html: string;
  title: string;
  description: string;
}

export async function render({ offlineCopy, lang }: RenderOptions): Promise<Rendered> {
  renderAsOfflineCopy(offlineCopy);
  const locale = await loadLocale(lang);
  useLocaleStore.setState({ locale });
  useAppStore.setState({ lang });
  const html = renderToString(
    <StrictMode>
      <App paths={staticMapPaths} />
    </StrictMode>,
  );
  return { html, title: locale.t.title, description: locale.t.description };
}
