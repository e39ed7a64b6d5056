/**
 * Vite plugin: the build-time side of the content.
 * - Validates data/*.json against the schema before anything is built; a broken
 *   file stops `vite build` (and the dev server's page) with a message naming
 *   the file, the field and what is wrong, and nothing is written.
 * - Serves `virtual:static-map-paths`: the static SVG map's path data, derived
 *   from data/basemap.topo.json here so that readers never run that code.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  CONTENT_FILES,
  formatContentErrors,
  validateContent,
  type ContentError,
  type ContentFiles,
} from '../src/content/validate.ts';
import { staticMapPaths } from '../src/map/static-map-paths.ts';
import type { BasemapTopology } from '../src/map/basemap-features.ts';

const VIRTUAL_PATHS = 'virtual:static-map-paths';
const BASEMAP_FILE = 'data/basemap.topo.json';

/** Reads and parses every content file; unreadable or non-JSON files become errors. */
export function readContentFiles(root: string): { files: ContentFiles; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const files = {} as Record<string, unknown>;
  for (const file of Object.values(CONTENT_FILES)) {
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
  return errors.length > 0 ? errors : validateContent(files);
}

export function contentPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'ice-map-content',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      const errors = checkContentOnDisk(root);
      if (errors.length > 0) this.error(formatContentErrors(errors));
      for (const file of [...Object.values(CONTENT_FILES), BASEMAP_FILE]) {
        this.addWatchFile(resolve(root, file));
      }
    },
    resolveId(id) {
      return id === VIRTUAL_PATHS ? `\0${VIRTUAL_PATHS}` : null;
    },
    load(id) {
      if (id !== `\0${VIRTUAL_PATHS}`) return null;
      const topology = JSON.parse(
        readFileSync(resolve(root, BASEMAP_FILE), 'utf8'),
      ) as BasemapTopology;
      return `export default ${JSON.stringify(staticMapPaths(topology))};`;
    },
  };
}
