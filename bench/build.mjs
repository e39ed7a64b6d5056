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

/**
 * The "limit": dist/index.html with every <script> and module preload removed,
 * so the browser paints the prerendered map and buttons and runs nothing. The
 * stylesheets (and what they reference) and the icon are copied, so it makes
 * the same requests as the app's first screen, less the scripts.
 */
export function buildLimit() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const page = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, '');
  if (/<script\b/i.test(page)) throw new Error('The limit page still has a <script>.');
  if (!/<svg\b/i.test(page)) {
    console.warn('warning: dist/index.html has no inline SVG: the "limit" page shows no map yet.');
  }

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
