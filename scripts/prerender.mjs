// After the client builds and the SSR build of src/entry-server.tsx: writes
// the app's first screen into the built pages so that the map, the city
// buttons, the headline and the annotation paint with no script run (the
// HTML already says `data-map-state="static"`). The SSR bundle is then deleted.
//
//   --site          dist/index.html (English)
//   --offline-copy  the single-file build (dist-single/), once per language:
//                   ice-cities-map-offline.html in English, -es.html in
//                   Spanish (same script; it opens in its <html lang>); with
//                   --site, both are also copied into dist/ for "Download
//                   for offline use"
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const SSR_DIR = resolve('dist-ssr');
const ROOT = '<div id="root"></div>';
const LANGS = ['en', 'es'];
const args = new Set(process.argv.slice(2));

const { render, OFFLINE_FILE_NAME, offlineFileName } = await import(
  pathToFileURL(resolve(SSR_DIR, 'entry-server.js')).href
);

const attr = (text) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function prerender(from, to, options) {
  const html = readFileSync(from, 'utf8');
  if (!html.includes(ROOT)) throw new Error(`${from} has no empty ${ROOT} to fill.`);
  const { html: app, title, description } = await render(options);
  const page = html
    .replace(ROOT, `<div id="root">${app}</div>`)
    .replace('<html lang="en"', `<html lang="${options.lang}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${attr(title)}</title>`)
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      (_, open, close) => `${open}${attr(description)}${close}`,
    );
  writeFileSync(to, page);
  console.log(`prerendered ${to} (${(page.length / 1024).toFixed(1)} KiB)`);
}

if (args.has('--site')) {
  await prerender('dist/index.html', 'dist/index.html', { offlineCopy: false, lang: 'en' });
}
if (args.has('--offline-copy')) {
  const built = `dist-single/${OFFLINE_FILE_NAME}`;
  const template = readFileSync(built, 'utf8');
  for (const lang of LANGS) {
    const file = `dist-single/${offlineFileName(lang)}`;
    writeFileSync(file, template);
    await prerender(file, file, { offlineCopy: true, lang });
    if (args.has('--site')) copyFileSync(file, `dist/${offlineFileName(lang)}`);
  }
}
rmSync(SSR_DIR, { recursive: true, force: true });
