// After `vite build` and the SSR build of src/entry-server.tsx: writes the
// app's first screen into dist/index.html so that the map, the city buttons,
// the headline and the annotation paint with no script run (index.html
// already says `data-map-state="static"`). The SSR bundle is then deleted.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const SSR_DIR = resolve('dist-ssr');
const HTML = resolve('dist/index.html');
const ROOT = '<div id="root"></div>';

const { render } = await import(pathToFileURL(resolve(SSR_DIR, 'entry-server.js')).href);
const html = readFileSync(HTML, 'utf8');
if (!html.includes(ROOT)) throw new Error(`dist/index.html has no empty ${ROOT} to fill.`);
const page = html.replace(ROOT, `<div id="root">${render()}</div>`);
writeFileSync(HTML, page);
rmSync(SSR_DIR, { recursive: true, force: true });
console.log(`prerendered dist/index.html (${(page.length / 1024).toFixed(1)} KiB)`);
