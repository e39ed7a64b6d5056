/**
 * `vite build --mode single`: the whole app as one HTML file that opens from
 * a USB stick (file://), where a page may fetch nothing, not even its own
 * scripts. vite-plugin-singlefile inlines every script and stylesheet; this
 * adds what it cannot know:
 * - MapLibre's worker, normally a separate file, is inlined as source and
 *   started from a Blob URL (src/map/worker-url.single.ts replaces worker-url.ts);
 * - the favicon becomes a data: URL.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { OFFLINE_FILE_NAME } from '../src/content/offline-file-name.ts';

const WORKER_MODULE = /[\\/]src[\\/]map[\\/]worker-url\.ts$/;

function inlineWorker(): Plugin {
  return {
    name: 'ice-map-single-worker',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('worker-url')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !WORKER_MODULE.test(resolved.id)) return null;
      return resolved.id.replace(/\.ts$/, '.single.ts');
    },
  };
}

function inlineFavicon(root: string): Plugin {
  return {
    name: 'ice-map-single-favicon',
    transformIndexHtml(html) {
      const svg = readFileSync(resolve(root, 'public/favicon.svg'), 'utf8');
      const dataUrl = `data:image/svg+xml,${encodeURIComponent(svg)}`;
      return html.replace('href="/favicon.svg"', `href="${dataUrl}"`);
    },
  };
}

export function singleFilePlugins(root: string): PluginOption[] {
  return [
    inlineWorker(),
    inlineFavicon(root),
    viteSingleFile({ removeViteModuleLoader: true, outputFileName: OFFLINE_FILE_NAME }),
  ];
}
