/**
 * `vite build --mode single`: the whole app as one HTML file that opens from
 * a USB stick (file://), where a page may fetch nothing, not even its own
 * scripts. vite-plugin-singlefile inlines every script and stylesheet; this
 * adds what it cannot know:
 * - MapLibre's worker, normally a separate file, is inlined as source and
 *   started from a Blob URL (src/map/worker-url.single.ts replaces worker-url.ts);
 * - each language's full content, a file of its own on the site, is a module
 *   of the page (src/content/editions-loader.single.ts);
 * - the favicon becomes a data: URL;
 * - the Content-Security-Policy allows exactly the inline script and style
 *   the file has (their sha256 hashes), not any inline code.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { OFFLINE_FILE_NAME } from '../src/content/offline-file-name.ts';

/**
 * Modules with a `.single.ts` twin for the one-file build: MapLibre's worker
 * (inlined, started from a Blob URL) and the full content's loader (imported
 * from the file itself: file:// may fetch nothing).
 */
const SWAPPED = [
  { name: 'worker-url', file: /[\\/]src[\\/]map[\\/]worker-url\.ts$/ },
  { name: 'editions-loader', file: /[\\/]src[\\/]content[\\/]editions-loader\.ts$/ },
];

function inlineWorker(): Plugin {
  return {
    name: 'ice-map-single-worker',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const swap = SWAPPED.find(({ name }) => source.endsWith(name));
      if (!swap) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !swap.file.test(resolved.id)) return null;
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

/** `'sha256-…'` for the content of each `<tag>` element in the page. */
export function inlineHashes(html: string, tag: 'script' | 'style'): string[] {
  const elements = html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'));
  return [...elements].map(
    ([, content = '']) => `'sha256-${createHash('sha256').update(content).digest('base64')}'`,
  );
}

/** Replaces the policy's 'unsafe-inline' placeholders (scripts/csp.ts) with the inline code's hashes. */
export function pinInlineCode(html: string): string {
  const pin = (page: string, directive: string, hashes: string[]) => {
    const placeholder = `${directive} 'unsafe-inline'`;
    if (!page.includes(placeholder) || hashes.length === 0) {
      throw new Error(
        `The offline copy's policy has no "${placeholder}" to pin, or no inline code.`,
      );
    }
    return page.replace(placeholder, `${directive} ${hashes.join(' ')}`);
  };
  const withScripts = pin(html, 'script-src', inlineHashes(html, 'script'));
  return pin(withScripts, 'style-src', inlineHashes(html, 'style'));
}

function pinPolicy(): Plugin {
  return {
    name: 'ice-map-single-csp',
    // After vite-plugin-singlefile has inlined everything and written the file.
    writeBundle(options) {
      const file = resolve(options.dir ?? 'dist-single', OFFLINE_FILE_NAME);
      writeFileSync(file, pinInlineCode(readFileSync(file, 'utf8')));
    },
  };
}

export function singleFilePlugins(root: string): PluginOption[] {
  return [
    inlineWorker(),
    inlineFavicon(root),
    viteSingleFile({ removeViteModuleLoader: true, outputFileName: OFFLINE_FILE_NAME }),
    pinPolicy(),
  ];
}
