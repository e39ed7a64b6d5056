// After the client builds and the SSR build of src/entry-server.tsx: writes
// the app's first screen into the built pages so that the map, the city
// buttons, the headline and the annotation paint with no script run (the
// HTML already says `data-map-state="static"`). The SSR bundle is then deleted.
//
//   --site          dist/index.html
//   --offline-copy  dist-single/<offline file> (the single-file build); with
//                   --site, also copied into dist/ for "Download for offline use"
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const SSR_DIR = resolve('dist-ssr');
const ROOT = '<div id="root"></div>';
const args = new Set(process.argv.slice(2));

const { render, OFFLINE_FILE_NAME } = await import(
  pathToFileURL(resolve(SSR_DIR, 'entry-server.js')).href
);

function prerender(file, options) {
  const html = readFileSync(file, 'utf8');
  if (!html.includes(ROOT)) throw new Error(`${file} has no empty ${ROOT} to fill.`);
  const page = html.replace(ROOT, `<div id="root">${render(options)}</div>`);
  writeFileSync(file, page);
  console.log(`prerendered ${file} (${(page.length / 1024).toFixed(1)} KiB)`);
}

if (args.has('--site')) prerender('dist/index.html', { offlineCopy: false });
if (args.has('--offline-copy')) {
  const file = `dist-single/${OFFLINE_FILE_NAME}`;
  prerender(file, { offlineCopy: true });
  if (args.has('--site')) copyFileSync(file, `dist/${OFFLINE_FILE_NAME}`);
}
rmSync(SSR_DIR, { recursive: true, force: true });
