/**
 * Prerendering, as the last step of a client build (before the service
 * worker is generated, so that its precache lists every page written here).
 * It runs the SSR build of src/entry-server.tsx (built first, into dist-ssr/)
 * and writes:
 * - the site (`vite build`): one finished page per entry (src/content/entries.ts):
 *   dist/index.html, es/, embed/ and es/embed/, each in its language and
 *   layout, with its <head> (canonical, alternates, oEmbed discovery, share
 *   card, JSON-LD); each language's oEmbed file (oembed.json, es/oembed.json);
 *   the two share cards (share-card-en.png, -es.png); and a copy of the offline
 *   pages from the single-file build (built just before, into dist-single/);
 * - the offline copy (`vite build --mode single`): the single file once per
 *   language, ice-cities-map-offline.html and -es.html.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';
import type * as EntryServer from '../src/entry-server.tsx';
import type { Lang } from '../src/content/langs.ts';
import type { EntryMode } from '../src/content/entries.ts';
import {
  CARD_FONT_FAMILY,
  lightThemeColors,
  readThemeCss,
  renderCardPng,
} from './share-card-png.ts';
import type { SiteSettings } from './site-settings.ts';
import { CHUNKED_LANGS, languageChunkName } from '../src/app/page-files.ts';
import { pinnedHostScript } from './host-script.ts';

const ROOT = '<div id="root"></div>';
const LANGS: Lang[] = ['en', 'es'];

const attr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Page {
  lang: Lang;
  mode: EntryMode;
  /** The rendered app and the words of the <head>. */
  rendered: EntryServer.Rendered;
  /** Extra <head> tags (none for the offline copy, a file on a disk). */
  head: string;
}

/** The built template with one entry's first screen, language, layout and head in it. */
export function fillTemplate(template: string, file: string, page: Page): string {
  if (!template.includes(ROOT)) throw new Error(`${file} has no empty ${ROOT} to fill.`);
  if (!template.includes('<html lang="en"')) throw new Error(`${file} has no <html lang="en">.`);
  const { rendered } = page;
  // Function replacers throughout: the inserted text comes from data/ and the
  // environment, and a `$&` or `$'` in it must stay text, not a pattern.
  return template
    .replace(ROOT, () => `<div id="root">${rendered.html}</div>`)
    .replace('<html lang="en"', () => `<html lang="${page.lang}" data-mode="${page.mode}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${attr(rendered.title)}</title>`)
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      (_, open: string, close: string) => `${open}${attr(rendered.description)}${close}`,
    )
    .replace('</head>', () => (page.head ? `  ${page.head}\n  </head>` : '</head>'));
}

function write(file: string, html: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  console.log(`prerendered ${file} (${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB)`);
}

async function loadServer(root: string): Promise<typeof EntryServer> {
  const file = resolve(root, 'dist-ssr/entry-server.js');
  if (!existsSync(file)) {
    throw new Error('dist-ssr/entry-server.js is missing: build it first (npm run build does).');
  }
  return (await import(pathToFileURL(file).href)) as typeof EntryServer;
}

/**
 * On a laptop or desktop the article page loads MapLibre at once: the HTML
 * asks for its chunk and styles while the app's own script is still loading,
 * but only where the media query says the app will load it eagerly
 * (src/map/load-policy.ts), so phones download none of it.
 */
function mapLibrePreloads(outDir: string, base: string, media: string): string {
  const assets = readdirSync(resolve(outDir, 'assets'));
  const find = (pattern: RegExp) => assets.find((name) => pattern.test(name));
  const script = find(/^live-map-[\w-]+\.js$/);
  const style = find(/^live-map-[\w-]+\.css$/);
  return [
    script
      ? `<link rel="preload" as="script" crossorigin href="${base}assets/${script}" media="${media}" />`
      : '',
    style ? `<link rel="preload" as="style" href="${base}assets/${style}" media="${media}" />` : '',
  ]
    .filter(Boolean)
    .join('\n    ');
}

/**
 * A page in another language than English asks for its words with the app's
 * own script, not after it: hydration waits for them.
 */
function languagePreload(outDir: string, base: string, lang: Lang): string {
  if (!CHUNKED_LANGS.includes(lang)) return '';
  const pattern = languageChunkName(lang);
  const chunk = readdirSync(resolve(outDir, 'assets')).find((name) => pattern.test(name));
  return chunk ? `<link rel="modulepreload" crossorigin href="${base}assets/${chunk}" />` : '';
}

async function prerenderSite(root: string, outDir: string, site: SiteSettings): Promise<void> {
  const server = await loadServer(root);
  const templateFile = resolve(outDir, 'index.html');
  const template = readFileSync(templateFile, 'utf8');
  const preloads = mapLibrePreloads(outDir, site.base, server.EAGER_MEDIA);
  for (const entry of server.ENTRIES) {
    const rendered = await server.render({
      offlineCopy: false,
      lang: entry.lang,
      mode: entry.mode,
    });
    const tags = await server.entryHead(entry.lang, entry.mode, site);
    // Embeds never load MapLibre at once.
    const head = [
      languagePreload(outDir, site.base, entry.lang),
      entry.mode === 'explore' ? preloads : '',
      tags,
    ]
      .filter(Boolean)
      .join('\n    ');
    const file = resolve(outDir, server.entryFile(entry));
    write(file, fillTemplate(template, templateFile, { ...entry, rendered, head }));
  }
  // oEmbed: each language's file next to its article page, which names it.
  const pinned = pinnedHostScript(root);
  const hostScript = { file: pinned.fileName, integrity: pinned.integrity };
  for (const lang of LANGS) {
    const { path, text } = await server.oembedJson(lang, site, hostScript);
    const file = resolve(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  // "Get the data": each language's files next to its article page.
  for (const lang of LANGS) {
    for (const { path, text } of await server.dataFiles(lang, site)) {
      const file = resolve(outDir, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  }
  const colors = lightThemeColors(readThemeCss(root));
  for (const lang of LANGS) {
    const png = renderCardPng(await server.shareCard(lang, colors, CARD_FONT_FAMILY));
    const file = resolve(outDir, server.shareCardFile(lang));
    writeFileSync(file, png);
    console.log(`share card ${file} (${(png.length / 1024).toFixed(1)} KiB)`);
  }
  // The offline copies that the footer links to (the service worker does not precache them).
  for (const lang of LANGS) {
    const name = server.offlineFileName(lang);
    const built = resolve(root, 'dist-single', name);
    if (existsSync(built)) copyFileSync(built, resolve(outDir, name));
  }
}

async function prerenderOfflineCopy(root: string, outDir: string): Promise<void> {
  const server = await loadServer(root);
  const builtFile = resolve(outDir, server.OFFLINE_FILE_NAME);
  const template = readFileSync(builtFile, 'utf8');
  for (const lang of LANGS) {
    const rendered = await server.render({ offlineCopy: true, lang, mode: 'explore' });
    const file = resolve(outDir, server.offlineFileName(lang));
    write(file, fillTemplate(template, builtFile, { lang, mode: 'explore', rendered, head: '' }));
  }
}

export function prerenderPlugin(options: { offlineCopy: boolean; site: SiteSettings }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'ice-map-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      // Before the service worker is generated (vite-plugin-pwa runs 'post').
      order: 'pre',
      sequential: true,
      async handler() {
        if (config.build.ssr) return;
        const outDir = resolve(config.root, config.build.outDir);
        if (options.offlineCopy) await prerenderOfflineCopy(config.root, outDir);
        else await prerenderSite(config.root, outDir, options.site);
      },
    },
  };
}
