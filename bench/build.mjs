// Builds what the benchmark measures: the app (`npm run build`, into dist/),
// and the two baselines: "library" (MapLibre alone, built by Vite from
// bench/library) and "limit" (the app's own first screen as static HTML with
// no script, cut from the built dist/index.html). Both are written under
// bench/results/dist, which ESLint, Prettier and git already ignore.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';

export const DIST = resolve('dist');
export const LIBRARY_DIST = resolve('bench/results/dist/library');
export const LIMIT_DIST = resolve('bench/results/dist/limit');

function run(command, args) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

export function buildApp() {
  run('npm', ['run', 'build']);
}

export function buildLibrary() {
  run('node', [
    'node_modules/vite/bin/vite.js',
    'build',
    '--config',
    'bench/library/vite.config.ts',
  ]);
}

/** Local files a stylesheet pulls in with url(…), relative to the site root. */
function cssUrls(cssPath, sitePath) {
  const css = readFileSync(cssPath, 'utf8');
  const urls = [];
  for (const [, , url] of css.matchAll(/url\((['"]?)([^'")]+)\1\)/g)) {
    if (/^(data:|https?:|#)/.test(url)) continue;
    const clean = url.split(/[?#]/)[0];
    urls.push(clean.startsWith('/') ? clean : posix.join(posix.dirname(sitePath), clean));
  }
  return urls;
}

/** The element starting at `start` (an opening <div>), through its matching </div>. */
function divAt(html, start) {
  const tags = /<\/?div\b[^>]*>/gi;
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, tags.lastIndex);
  }
  throw new Error('Unbalanced <div> in dist/index.html.');
}

/**
 * The "limit": the same basemap and the five labelled city buttons, and
 * nothing else: the app's own map stage cut from dist/index.html, with its
 * stylesheets (and what they reference), the icon and the basemap file, and no
 * script, text or other markup. The fastest a page showing these could be.
 */
export function buildLimit() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const stageAt = html.search(/<div\b[^>]*class="map-stage"/);
  if (stageAt < 0) throw new Error('dist/index.html has no map stage.');
  const stage = divAt(html, stageAt);
  const head = /<head>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const keptHead = [...head.matchAll(/<meta\b[^>]*>|<title>[^<]*<\/title>|<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => !/\brel=["']?(modulepreload|preload|canonical|alternate)["']?/i.test(tag))
    .filter((tag) => !/property="(og|article):|name="twitter:/i.test(tag));
  const page = [
    '<!doctype html>',
    /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html lang="en">',
    `<head>${keptHead.join('\n')}</head>`,
    `<body><div id="root"><div class="page"><main class="page-main"><div class="page-main__primary"><figure class="map-figure">${stage}</figure></div></main></div></div></body>`,
    '</html>',
  ].join('\n');
  if (/<script\b/i.test(page)) throw new Error('The limit page still has a <script>.');
  if (!/<svg\b/i.test(page)) throw new Error('The limit page has no map.');

  rmSync(LIMIT_DIST, { recursive: true, force: true });
  mkdirSync(LIMIT_DIST, { recursive: true });
  writeFileSync(join(LIMIT_DIST, 'index.html'), page);

  const wanted = new Set();
  for (const [tag] of page.matchAll(/<link\b[^>]*>/gi)) {
    const rel = /\brel=["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '';
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '';
    if (!/^(stylesheet|icon|preload|manifest)$/i.test(rel) || !href.startsWith('/')) continue;
    wanted.add(href.split(/[?#]/)[0]);
  }
  // The basemap file the map's layers <use>.
  for (const [, href] of page.matchAll(/<use\b[^>]*href="(\/[^"#]+)#/gi)) wanted.add(href);
  for (const sitePath of [...wanted]) {
    if (sitePath.endsWith('.css') && existsSync(join(DIST, sitePath))) {
      for (const url of cssUrls(join(DIST, sitePath), sitePath)) wanted.add(url);
    }
  }
  for (const sitePath of wanted) {
    const from = join(DIST, sitePath);
    if (!existsSync(from)) continue;
    const to = join(LIMIT_DIST, sitePath);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
  console.log(`limit page: bench/results/dist/limit (${wanted.size} asset(s) copied)`);
}

export function buildAll({ app = true } = {}) {
  if (app) buildApp();
  else if (!existsSync(join(DIST, 'index.html'))) throw new Error('No dist/: run `npm run build`.');
  buildLibrary();
  buildLimit();
}

// `npm run bench:build` (`--no-app` reuses dist/ as it is).
if (import.meta.url === `file://${process.argv[1]}`) {
  buildAll({ app: !process.argv.includes('--no-app') });
}
