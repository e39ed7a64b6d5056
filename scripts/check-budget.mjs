// The byte budget (README, "What a reader downloads"), checked on the built
// site by `npm test` and printed by `npm run bench`:
// - a phone reader of an article page, in each language, who opens cities but
//   never reaches for the map: the page, its language's words (English is in
//   the app's script) and full content (kept on the first visit), and the core
//   the service worker precaches (src/sw.ts): at most PHONE_KIB gzip, and no
//   MapLibre file in the core;
// - a reader of an embed, in each language, who reads it and opens cities:
//   the page, its script and styles (an embed runs no service worker; the full
//   content comes only with the list or present mode): at most EMBED_KIB;
// - what makes an article page usable before any script (its HTML, styles and
//   the basemap file): at most USABLE_KIB.
// The phone budget was set for React (README, "Why the budget is what it is").
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * 200 KiB: React's issue landed at 175 (155 in English, 170 in Spanish) to
 * leave room for the 2025–2026 content and the timeline within this.
 */
export const PHONE_KIB = 200;
export const EMBED_KIB = 160;
export const USABLE_KIB = 60;
const DIST = 'dist';

/** A file's gzip size; a page's address (`./`, `es/`) is its index.html. */
const gzipBytes = (path) => {
  const file =
    path === './' || path.endsWith('/') ? `${path.replace(/^\.\/$/, '')}index.html` : path;
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
};
const sum = (paths) => paths.reduce((total, path) => total + gzipBytes(path), 0);
const kib = (bytes) => (bytes / 1024).toFixed(1);

/** The URLs the service worker precaches, as written into dist/sw.js. */
export function precacheList(swText) {
  return [...swText.matchAll(/"url":"([^"]+)"/g)].map(([, url]) => url);
}

/**
 * What a page's HTML loads from the site: its stylesheets and basemap file,
 * and (with `scripts`) its scripts and module preloads. Not what it preloads
 * behind a media query (MapLibre, on a laptop), nor the icon.
 */
function pageAssets(html, { scripts = true } = {}) {
  const assets = new Set();
  for (const [tag, url] of html.matchAll(
    /<(?:script|link)\b[^>]*(?:src|href)="\/([^"#?]+)"[^>]*>/g,
  )) {
    if (/\smedia=/.test(tag) || /favicon/.test(url)) continue;
    if (/\.css$/.test(url) || (scripts && /\.js$/.test(url))) assets.add(url);
  }
  for (const [, url] of html.matchAll(/<use\b[^>]*href="\/([^"#?]+)#/g)) assets.add(url);
  return [...assets];
}

/** A language's chunk of words (none for English, which is in the app's script). */
function languageChunk(lang) {
  if (lang === 'en') return [];
  return assetsStarting(`${lang}-`);
}

/**
 * A language's full content (src/content/editions.ts): an article page
 * keeps it on its first visit (for present mode offline), an embed fetches
 * it only for a part drawn afresh (the list, present mode).
 */
function fullContentChunk(lang) {
  return assetsStarting(`content-${lang}-`, '.json');
}

const assetsStarting = (prefix, suffix = '.js') =>
  readdirSync(join(DIST, 'assets'))
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
    .map((name) => `assets/${name}`);

const read = (path) => readFileSync(join(DIST, path), 'utf8');

export function budgetReport() {
  const core = precacheList(read('sw.js'));
  const coreFiles = [...core, 'sw.js'];
  const editions = [
    { lang: 'en', article: 'index.html', embed: 'embed/index.html' },
    { lang: 'es', article: 'es/index.html', embed: 'es/embed/index.html' },
  ];
  const phone = editions.map(({ lang, article }) => {
    const files = [
      ...new Set([article, ...languageChunk(lang), ...fullContentChunk(lang), ...coreFiles]),
    ];
    return { lang, page: article, files, bytes: sum(files) };
  });
  const embed = editions.map(({ lang, embed: page }) => {
    const files = [...new Set([page, ...pageAssets(read(page)), ...languageChunk(lang)])];
    return { lang, page, files, bytes: sum(files) };
  });
  const usable = editions.map(({ lang, article }) => {
    const files = [article, ...pageAssets(read(article), { scripts: false })];
    return { lang, page: article, files, bytes: sum(files) };
  });
  const mapLibreInCore = core.filter((url) => /live-map|maplibre/.test(url));
  const pagesInCore = core.filter((url) => url.endsWith('/') || url.endsWith('.html'));
  return { phone, embed, usable, core, mapLibreInCore, pagesInCore };
}

/** The report as printed lines, and what is over budget. */
export function budgetLines(report) {
  const lines = [];
  const problems = [];
  const show = (title, rows, budgetKib) => {
    for (const row of rows) {
      const over = row.bytes > budgetKib * 1024;
      lines.push(
        `${over ? '✗' : '✓'} ${title}, ${row.lang}: ${kib(row.bytes)} KiB gzip (budget ${budgetKib} KiB): ${row.files.join(', ')}`,
      );
      if (over) problems.push(`${title} (${row.lang}) is ${kib(row.bytes)} KiB, over ${budgetKib}`);
    }
  };
  show('Phone, article page with the service worker', report.phone, PHONE_KIB);
  show('Embed', report.embed, EMBED_KIB);
  show('Usable before any script', report.usable, USABLE_KIB);
  if (report.mapLibreInCore.length > 0)
    problems.push(`MapLibre is precached (${report.mapLibreInCore.join(', ')})`);
  if (report.pagesInCore.length > 0)
    problems.push(`pages are precached for every reader (${report.pagesInCore.join(', ')})`);
  return { lines, problems };
}

/** For `npm run bench`: the budget as built, before the browser measures it. */
export function formatBudget(report) {
  return ['The byte budget, from the built files (gzip -9)', ...budgetLines(report).lines].join(
    '\n',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(DIST, 'sw.js'))) {
    console.error('No dist/sw.js: run `npm run build` first.');
    process.exit(1);
  }
  const { lines, problems } = budgetLines(budgetReport());
  console.log(lines.join('\n'));
  if (problems.length > 0) {
    console.error(`Over the byte budget: ${problems.join('; ')}.`);
    process.exit(1);
  }
}
