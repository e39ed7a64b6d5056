// The byte budget (README, "What a reader downloads"), checked on the built
// site by `npm test`: what a phone downloads and keeps on its first visit to
// an article page (the page, then the core the service worker precaches; the
// page itself is in the core, but the worker revalidates it (src/sw.ts), so
// it is counted once, as `npm run bench` measures it),
// and what a reader of an embed downloads (the embed page and its script and
// styles; an embed runs no service worker), each at most BUDGET_KIB gzip.
// MapLibre is in neither: a reader who never reaches for the map never loads it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KIB = 160;
const DIST = 'dist';

/** A file's gzip size; a page's address (`./`, `es/`) is its index.html. */
const gzipBytes = (path) => {
  const file =
    path === './' || path.endsWith('/') ? `${path.replace(/^\.\/$/, '')}index.html` : path;
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
};
const kib = (bytes) => (bytes / 1024).toFixed(1);

/** The URLs the service worker precaches, as written into dist/sw.js. */
export function precacheList(swText) {
  return [...swText.matchAll(/"url":"([^"]+)"/g)].map(([, url]) => url);
}

/** Scripts, module preloads and stylesheets a page's HTML loads from the site. */
function pageAssets(html) {
  const assets = new Set();
  for (const [, url] of html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="\/([^"#?]+)"/g)) {
    if (/\.(js|css|svg)$/.test(url) && !/favicon/.test(url)) assets.add(url);
  }
  for (const [, url] of html.matchAll(/<use\b[^>]*href="\/([^"#?]+)#/g)) assets.add(url);
  return [...assets];
}

export function budgetReport() {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const core = precacheList(sw);
  const coreBytes = core.reduce((total, url) => total + gzipBytes(url), 0) + gzipBytes('sw.js');
  const article = gzipBytes('index.html');
  // The page just loaded is revalidated, not downloaded again.
  const revalidated = core.includes('./') ? article : 0;
  const embedHtml = readFileSync(join(DIST, 'embed/index.html'), 'utf8');
  const embedFiles = ['embed/index.html', ...pageAssets(embedHtml)];
  const embedBytes = embedFiles.reduce((total, url) => total + gzipBytes(url), 0);
  const mapLibreInCore = core.filter((url) => /live-map|maplibre/.test(url));
  return {
    phone: { bytes: coreBytes - revalidated + article, core, coreBytes, article },
    embed: { bytes: embedBytes, files: embedFiles },
    mapLibreInCore,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(DIST, 'sw.js'))) {
    console.error('No dist/sw.js: run `npm run build` first.');
    process.exit(1);
  }
  const { phone, embed, mapLibreInCore } = budgetReport();
  const budget = BUDGET_KIB * 1024;
  console.log(
    `Phone, article page: ${kib(phone.bytes)} KiB gzip (the page ${kib(phone.article)} KiB + the core the service worker precaches ${kib(phone.coreBytes)} KiB: ${phone.core.join(', ')}, sw.js; the page itself revalidated, not downloaded again); budget ${BUDGET_KIB} KiB.`,
  );
  console.log(
    `Embed: ${kib(embed.bytes)} KiB gzip (${embed.files.join(', ')}); budget ${BUDGET_KIB} KiB.`,
  );
  const problems = [];
  if (phone.bytes > budget) problems.push(`the phone's first visit is ${kib(phone.bytes)} KiB`);
  if (embed.bytes > budget) problems.push(`an embed is ${kib(embed.bytes)} KiB`);
  if (mapLibreInCore.length > 0)
    problems.push(`MapLibre is precached (${mapLibreInCore.join(', ')})`);
  if (problems.length > 0) {
    console.error(`Over the byte budget: ${problems.join('; ')}.`);
    process.exit(1);
  }
}
