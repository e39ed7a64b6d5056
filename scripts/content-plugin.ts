/**
 * Vite plugin: the build-time side of the content.
 * - Validates data/*.json against the schema before anything is built; a broken
 *   file stops `vite build` (and the dev server's page) with a message naming
 *   the file, the field and what is wrong, and nothing is written.
 * - Serves `virtual:static-map-paths`: the static SVG map's path data, derived
 *   from data/basemap.topo.json here so that readers never run that code; and,
 *   likewise, the positions that d3-scale computes from the content: the
 *   cities' and legend's sizes (`virtual:map-points.css`), the timeline's
 *   places and year ticks (`virtual:timeline.css`, `virtual:timeline-years`) and the annotation
 *   chart's bars (`virtual:annotation-bars`).
 * - Serves each language's edition, translated here rather than in the
 *   reader's browser: its core (`virtual:core-content/<lang>`, in the page's
 *   script or language chunk) and its full content, which the site's build
 *   writes as a file of its own (`assets/content-<lang>-<hash>.json`, named by
 *   `virtual:full-content-url/<lang>`; src/content/editions.ts) and the
 *   prerender and the offline copy import (`virtual:full-content/<lang>`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  ALL_CONTENT_FILES,
  CONTENT_FILES,
  TRANSLATION_FILES,
  formatContentErrors,
  validateContent,
  type ContentError,
  type ContentFiles,
} from '../src/content/validate.ts';
import { basemapSvgFile, staticMapPaths } from '../src/map/static-map-paths.ts';
import type { BasemapTopology } from '../src/map/basemap-features.ts';
import { mapPointsCss } from '../src/map/map-points-css.ts';
import { timelineCss } from '../src/features/timeline/timeline-css.ts';
import { yearTicks } from '../src/features/timeline/timeline-ticks.ts';
import { pinnedHostScript } from './host-script.ts';
import { markerScale } from '../src/features/city-markers/marker-scale.ts';
import { indexBarWidths } from '../src/features/annotation/index-scale.ts';
import { LEGEND_STEPS } from '../src/features/map-legend/legend-steps.ts';
import {
  coreOf,
  NOTE_KINDS,
  type Annotation,
  type City,
  type Content,
  type ContentTexts,
} from '../src/content/schema.ts';
import { translateContent } from '../src/content/translation.ts';
import { LANGS, type Lang } from '../src/content/langs.ts';
import { compareKeys } from '../src/content/key-paths.ts';
import { en } from '../src/content/strings/en.ts';
import { es } from '../src/content/strings/es.ts';

const STRING_TABLES = { 'src/content/strings/es.ts': es };

/** Each language's UI strings have exactly the English table's keys. */
export function checkStringTables(): ContentError[] {
  return Object.entries(STRING_TABLES).flatMap(([file, table]) => {
    const { missing, extra } = compareKeys(en, table);
    return [
      ...missing.map((field) => ({ file, field, message: 'is missing (en.ts has it)' })),
      ...extra.map((field) => ({ file, field, message: 'is not in en.ts' })),
    ];
  });
}

const VIRTUAL_PATHS = 'virtual:static-map-paths';
const VIRTUAL_BASEMAP = 'virtual:basemap-file';
const VIRTUAL_POINTS = 'virtual:map-points.css';
const VIRTUAL_TIMELINE = 'virtual:timeline.css';
const VIRTUAL_BARS = 'virtual:annotation-bars';
const VIRTUAL_AXIS = 'virtual:timeline-years';
const VIRTUAL_HOST_SCRIPT = 'virtual:host-script';
const BASEMAP_FILE = 'data/basemap.topo.json';
const VIRTUAL_CORE = 'virtual:core-content/';
const VIRTUAL_FULL = 'virtual:full-content/';
const VIRTUAL_FULL_URL = 'virtual:full-content-url/';

/** Reads and parses every content file; unreadable or non-JSON files become errors. */
export function readContentFiles(root: string): { files: ContentFiles; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const files = {} as Record<string, unknown>;
  for (const file of ALL_CONTENT_FILES) {
    try {
      files[file] = JSON.parse(readFileSync(resolve(root, file), 'utf8'));
    } catch (error) {
      errors.push({ file, field: '', message: (error as Error).message });
    }
  }
  return { files: files as ContentFiles, errors };
}

/** All problems in the content under `root`, read from disk. */
export function checkContentOnDisk(root: string): ContentError[] {
  const { files, errors } = readContentFiles(root);
  return [...(errors.length > 0 ? errors : validateContent(files)), ...checkStringTables()];
}

/** The generated stylesheet placing the cities and the legend's circles. */
function pointsCss(root: string): string {
  const read = (file: string) => JSON.parse(readFileSync(resolve(root, file), 'utf8')) as unknown;
  const cities = read(CONTENT_FILES.cities) as City[];
  const scale = markerScale(Math.max(...cities.map((c) => c.population.value)));
  return mapPointsCss(
    [
      ...cities.map((city) => ({
        selector: `.city-marker[data-city='${city.id}']`,
        at: city.coordinates,
        k: scale(city.population.value),
      })),
      ...LEGEND_STEPS.map((millions) => ({
        selector: `.map-legend__circle[data-millions='${millions}']`,
        k: scale(millions * 1_000_000),
      })),
    ],
    cities.map((city) => city.id),
  );
}

/** Every note's date, and how many cities: what the timeline's axis is made from. */
function timelineDates(root: string) {
  const cities = JSON.parse(readFileSync(resolve(root, CONTENT_FILES.cities), 'utf8')) as City[];
  const dates = cities.flatMap((city) =>
    NOTE_KINDS.flatMap((kind) => city[kind].map((note) => note.date)),
  );
  return { dates, lanes: cities.length };
}

/** The annotation chart's bar lengths, scaled here so that readers download no d3. */
function annotationBars(root: string) {
  const annotation = JSON.parse(
    readFileSync(resolve(root, CONTENT_FILES.annotation), 'utf8'),
  ) as Annotation;
  return indexBarWidths(annotation.index);
}

/** A language's whole edition: the English facts with that language's words. */
export function editionOf(root: string, lang: Lang): Content {
  const read = (file: string) => JSON.parse(readFileSync(resolve(root, file), 'utf8')) as unknown;
  const parts = (files: Record<keyof typeof CONTENT_FILES, string>) =>
    Object.fromEntries(Object.entries(files).map(([part, file]) => [part, read(file)]));
  const english = parts(CONTENT_FILES) as unknown as Content;
  if (lang === 'en') return english;
  return translateContent(english, parts(TRANSLATION_FILES[lang]) as unknown as ContentTexts);
}

/** A language's full content as the file the site serves, named by its content's hash. */
function fullContentFile(root: string, lang: Lang) {
  const source = JSON.stringify(editionOf(root, lang));
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return { source, fileName: `assets/content-${lang}-${hash}.json` };
}

/** `virtual:core-content/es` -> `es` (and the same for the full content), if it is one. */
function editionId(id: string, prefix: string): Lang | null {
  const lang = id.startsWith(`\0${prefix}`) ? id.slice(prefix.length + 1) : null;
  return LANGS.find((known) => known === lang) ?? null;
}

/** The static map's path data, from the committed basemap topology. */
function readPaths(root: string) {
  const topology = JSON.parse(readFileSync(resolve(root, BASEMAP_FILE), 'utf8')) as BasemapTopology;
  return staticMapPaths(topology);
}

/**
 * The shared basemap file: its text and its name, hashed by content (the
 * same in the client and prerender builds, so both name the same file, and
 * cacheable for a year like the other assets).
 */
function basemapFile(root: string) {
  const paths = readPaths(root);
  const source = basemapSvgFile(paths);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return { source, fileName: `assets/basemap-${hash}.svg`, viewBox: paths.viewBox };
}

export function contentPlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  let emitFiles = false;
  return {
    name: 'ice-map-content',
    configResolved(config) {
      root = config.root;
      base = config.base;
      // The site's client build writes the shared basemap file (the prerender
      // names it; the offline copy carries its paths inline instead) and each
      // language's full content (the offline copy carries it as a module).
      emitFiles = config.command === 'build' && !config.build.ssr && config.mode !== 'single';
      // A build stops here, before any plugin has run: a later plugin failing
      // for want of output (the service worker's) would otherwise hide this message.
      if (config.command === 'build') {
        const errors = checkContentOnDisk(root);
        if (errors.length > 0) throw new Error(formatContentErrors(errors));
      }
    },
    buildStart() {
      // The dev server and the unit tests check at start (a build already has).
      const errors = checkContentOnDisk(root);
      if (errors.length > 0) this.error(formatContentErrors(errors));
      for (const file of [...ALL_CONTENT_FILES, BASEMAP_FILE]) {
        this.addWatchFile(resolve(root, file));
      }
    },
    // The dev server checks again whenever a content file changes, and shows
    // what is wrong in the page's error overlay rather than the broken content.
    handleHotUpdate({ file, server }) {
      const contentFiles = ALL_CONTENT_FILES.map((name) => resolve(root, name));
      if (!contentFiles.includes(file)) return;
      const errors = checkContentOnDisk(root);
      if (errors.length === 0) return;
      server.ws.send({ type: 'error', err: { message: formatContentErrors(errors), stack: '' } });
      return [];
    },
    resolveId(id) {
      // The CSS id keeps its extension and no \0 prefix so Vite's CSS pipeline takes it.
      if (id === VIRTUAL_POINTS) return `/${VIRTUAL_POINTS}`;
      if (id === VIRTUAL_TIMELINE) return `/${VIRTUAL_TIMELINE}`;
      if (id === VIRTUAL_BASEMAP) return `\0${VIRTUAL_BASEMAP}`;
      if (id === VIRTUAL_BARS) return `\0${VIRTUAL_BARS}`;
      if (id === VIRTUAL_AXIS) return `\0${VIRTUAL_AXIS}`;
      if (id === VIRTUAL_HOST_SCRIPT) return `\0${VIRTUAL_HOST_SCRIPT}`;
      if ([VIRTUAL_CORE, VIRTUAL_FULL, VIRTUAL_FULL_URL].some((prefix) => id.startsWith(prefix)))
        return `\0${id}`;
      return id === VIRTUAL_PATHS ? `\0${VIRTUAL_PATHS}` : null;
    },
    load(id) {
      if (id === `/${VIRTUAL_POINTS}`) return pointsCss(root);
      if (id === `/${VIRTUAL_TIMELINE}`) {
        const { dates, lanes } = timelineDates(root);
        return timelineCss(dates, lanes);
      }
      if (id === `\0${VIRTUAL_HOST_SCRIPT}`) {
        // The site's build writes the pinned copy (security-plugin.ts); the
        // dev server serves the same bytes as /embed.js.
        const { fileName, integrity } = pinnedHostScript(root);
        const file = emitFiles ? fileName : 'embed.js';
        return `export default ${JSON.stringify({ file, integrity })};`;
      }
      if (id === `\0${VIRTUAL_AXIS}`)
        return `export default ${JSON.stringify(yearTicks(timelineDates(root).dates))};`;
      const core = editionId(id, VIRTUAL_CORE);
      if (core) return `export default ${JSON.stringify(coreOf(editionOf(root, core)))};`;
      const full = editionId(id, VIRTUAL_FULL);
      if (full) return `export default ${JSON.stringify(editionOf(root, full))};`;
      const url = editionId(id, VIRTUAL_FULL_URL);
      if (url)
        return `export default ${JSON.stringify(`${base}${fullContentFile(root, url).fileName}`)};`;
      if (id === `\0${VIRTUAL_BARS}`)
        return `export default ${JSON.stringify(annotationBars(root))};`;
      if (id === `\0${VIRTUAL_BASEMAP}`) {
        const { fileName, viewBox } = basemapFile(root);
        return `export default ${JSON.stringify({ url: `${base}${fileName}`, viewBox })};`;
      }
      if (id !== `\0${VIRTUAL_PATHS}`) return null;
      return `export default ${JSON.stringify(readPaths(root))};`;
    },
    generateBundle() {
      if (!emitFiles) return;
      const { fileName, source } = basemapFile(root);
      this.emitFile({ type: 'asset', fileName, source });
      for (const lang of LANGS) this.emitFile({ type: 'asset', ...fullContentFile(root, lang) });
    },
    // The dev server serves the same files at the same addresses.
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0];
        const basemap = basemapFile(root);
        if (path === `${base}${basemap.fileName}`) {
          response.setHeader('Content-Type', 'image/svg+xml');
          response.end(basemap.source);
          return;
        }
        const content = LANGS.map((lang) => fullContentFile(root, lang)).find(
          ({ fileName }) => path === `${base}${fileName}`,
        );
        if (!content) return next();
        response.setHeader('Content-Type', 'application/json');
        response.end(content.source);
      });
    },
  };
}
