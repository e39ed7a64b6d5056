/**
 * Build-only: puts the Content-Security-Policy in the page as a meta tag, and
 * writes dist/_headers for static hosts, with the pinned host script they
 * cache for a year (scripts/host-script.ts). Not in dev: Vite's dev server injects
 * an inline script that the policy would block.
 */
import type { Plugin } from 'vite';
import { CSP_META, headersFile as headersText } from './csp.ts';
import { pinnedHostScript } from './host-script.ts';

interface Options {
  /** The policy for the meta tag (the offline copy has its own). */
  policy?: string;
  /** Whether to write _headers (not for the offline copy, which no server sends). */
  headersFile?: boolean;
}

export function securityPlugin({ policy = CSP_META, headersFile = true }: Options = {}): Plugin {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'ice-map-security',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      // Written as text rather than a tag descriptor, which would entity-encode
      // the quotes: same policy for browsers, but readable (and checkable by
      // vite-plugin-singlefile, which looks for 'unsafe-inline').
      handler: (html) =>
        html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
        ),
    },
    generateBundle(options) {
      // The SSR build (for prerendering) needs no headers file.
      if (!headersFile || options.dir?.endsWith('dist-ssr')) return;
      // The pinned host script, and the headers that keep it cached for a year.
      const pinned = pinnedHostScript(root);
      this.emitFile({ type: 'asset', fileName: pinned.fileName, source: pinned.source });
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: headersText(base, pinned.fileName),
      });
    },
  };
}
