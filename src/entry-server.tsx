/**
 * Build-time rendering (scripts/prerender-plugin.ts): each entry's first
 * screen as HTML, so that the page paints in its language and layout before
 * any script runs (the client then hydrates this markup), plus what its
 * <head> says to search engines and social sites, and the share card.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import staticMapPaths from 'virtual:static-map-paths';
import basemapFile from 'virtual:basemap-file';
import { App } from './app/app';
import type { StaticMapSource } from './map/static-map-paths';
import { renderAsOfflineCopy } from './content/offline-copy';
import { loadLocale } from './content/locale';
import englishContent from 'virtual:full-content/en';
import spanishContent from 'virtual:full-content/es';
import { FullContentProvider } from './components/island';
import type { Lang } from './content/langs';
import type { Content } from './content/schema';
import { entryFor, type EntryMode } from './content/entries';
import { headTags, type HeadInput } from './content/head-tags';
import { oembed, oembedFile } from './content/oembed';
import type { HostScript } from './features/embed/snippet';
import { DATA_FILES, citiesCsv, dataFolder, dataJson, notesCsv } from './content/data-export';
import { LICENCE } from './content/site';
import { useLocaleStore } from './store/locale-store';
import { useAppStore } from './store/app-store';
import { entryDefaults, renderAsEntry } from './store/page-entry';
import { seedInitialState } from './store/seed';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  shareCardFor,
  type CardColors,
} from './features/export/share-card';

/** Each language's full content, for the islands and the data files. */
const FULL_CONTENT: Record<Lang, Content> = { en: englishContent, es: spanishContent };

export { OFFLINE_FILE_NAME, offlineFileName } from './content/offline-file-name';
export { ENTRIES, entryFile } from './content/entries';
export { EAGER_MEDIA } from './map/map-files';

interface RenderOptions {
  /** Rendering the single-file offline copy rather than a page of the site. */
  offlineCopy: boolean;
  /** The language the page opens in. */
  lang: Lang;
  /** The layout (the offline copy is always explore). */
  mode: EntryMode;
}

export interface Rendered {
  html: string;
  title: string;
  description: string;
}

export async function render({ offlineCopy, lang, mode }: RenderOptions): Promise<Rendered> {
  renderAsOfflineCopy(offlineCopy);
  const entry = entryFor(lang, mode);
  renderAsEntry(entry);
  const locale = await loadLocale(lang);
  seedInitialState(useLocaleStore, { locale });
  seedInitialState(useAppStore, { ...urlDefaults(entry), selectedCityId: null, ignoredParams: [] });
  // The site's pages share one basemap file. The offline copy (file://) and
  // the embeds carry the paths inline: a frame sandboxed without
  // allow-same-origin may not <use> another file, and an embed is one page view.
  const basemap: StaticMapSource =
    offlineCopy || mode === 'embed'
      ? { kind: 'inline', paths: staticMapPaths }
      : { kind: 'file', ...basemapFile };
  // The islands (components/island.tsx) are drawn with the full content.
  const full = FULL_CONTENT[lang];
  const html = renderToString(
    <StrictMode>
      <FullContentProvider value={full}>
        <App basemap={basemap} />
      </FullContentProvider>
    </StrictMode>,
  );
  return { html, title: locale.t.title, description: locale.t.description };
}

function urlDefaults(entry: ReturnType<typeof entryFor>) {
  const { lang, mode, view, theme, step } = entryDefaults(entry);
  return { lang, mode, view, theme, step };
}

/** The card's file name for a language, next to the site's index.html. */
export function shareCardFile(lang: Lang): string {
  return `share-card-${lang}.png`;
}

/** An entry's <head> additions: canonical, alternates, the share card, JSON-LD. */
export async function entryHead(
  lang: Lang,
  mode: EntryMode,
  site: Pick<HeadInput, 'siteUrl' | 'publisher'>,
): Promise<string> {
  const { t, content } = await loadLocale(lang);
  const { report } = content;
  const source = report.sources[0]!;
  return headTags({
    ...site,
    entry: entryFor(lang, mode),
    title: t.title,
    description: t.description,
    image: {
      path: shareCardFile(lang),
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      alt: t.shareCardAlt,
    },
    dateModified: report.lastUpdated,
    basedOn: { name: report.headline, url: source.url },
    ...(mode === 'explore' ? { oembed: oembedFile(lang) } : {}),
    data: {
      files: DATA_FILES.map((file) => ({
        path: `${dataFolder(lang)}${file.name}`,
        type: file.type,
      })),
      licence: LICENCE,
    },
  });
}

/** A language's oEmbed file: its path (relative to the site) and its JSON. */
export async function oembedJson(
  lang: Lang,
  site: Pick<HeadInput, 'siteUrl' | 'publisher'>,
  hostScript: HostScript,
): Promise<{ path: string; text: string }> {
  const { t } = await loadLocale(lang);
  const json = oembed({
    lang,
    siteUrl: site.siteUrl,
    title: t.title,
    frameTitle: t.embed.frameTitle,
    provider: site.publisher.name,
    thumbnail: { path: shareCardFile(lang), width: CARD_WIDTH, height: CARD_HEIGHT },
    hostScript,
  });
  return { path: oembedFile(lang), text: `${JSON.stringify(json, null, 2)}\n` };
}

/** "Get the data": a language's data files, written next to its article page. */
export async function dataFiles(
  lang: Lang,
  site: { siteUrl: string; publisher: { name: string } },
): Promise<{ path: string; text: string }[]> {
  const { t } = await loadLocale(lang);
  const content = FULL_CONTENT[lang];
  const folder = dataFolder(lang);
  const about = {
    title: t.title,
    description: t.description,
    url: new URL(entryFor(lang, 'explore').path, site.siteUrl).href,
    publisher: site.publisher.name,
  };
  return [
    { path: `${folder}cities.csv`, text: citiesCsv(content) },
    { path: `${folder}notes.csv`, text: notesCsv(content, t) },
    { path: `${folder}data.json`, text: dataJson(content, lang, about) },
  ];
}

/** The share card in a language, as SVG for the build to rasterise. */
export async function shareCard(
  lang: Lang,
  colors: CardColors,
  fontFamily: string,
): Promise<string> {
  return shareCardFor(await loadLocale(lang), staticMapPaths, colors, fontFamily);
}
