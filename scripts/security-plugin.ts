/**
 * Build-only: puts the Content-Security-Policy in the page as a meta tag, and
 * writes dist/_headers for static hosts. Not in dev: Vite's dev server injects
 * an inline script that the policy would block.
 */
import type { Plugin } from 'vite';
import { CSP_META, HEADERS_FILE } from './csp.ts';

export function securityPlugin(): Plugin {
  return {
    name: 'ice-map-security',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle(options) {
      // The SSR build (for prerendering) needs no headers file.
      if (options.dir?.endsWith('dist-ssr')) return;
      this.emitFile({ type: 'asset', fileName: '_headers', source: HEADERS_FILE });
    },
  };
}
