/// <reference types="vitest/config" />
import { defineConfig, type PluginOption } from 'vite';
import { contentPlugin } from './scripts/content-plugin.ts';
import { securityPlugin } from './scripts/security-plugin.ts';
import { singleFilePlugins } from './scripts/single-file-plugin.ts';
import { CSP_HEADER, CSP_SINGLE_FILE_META } from './scripts/csp.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderPlugin } from './scripts/prerender-plugin.ts';
import { siteSettings } from './scripts/site-settings.ts';
import { OFFLINE_FILE_NAME } from './src/content/offline-file-name.ts';
import { CHUNKED_LANGS } from './src/app/page-files.ts';

// Offline after one visit (classrooms lose the network): the service worker
// is src/sw.ts, with the precache list (the core) injected here. It is built
// last, after the prerender has written every entry.
const offlineAfterOneVisit = () =>
  VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    registerType: 'autoUpdate',
    injectRegister: false,
    manifest: false,
    integration: { closeBundleOrder: 'post' },
    injectManifest: {
      // No page and no language's words: the worker keeps those a reader
      // visits (src/sw.ts), so no reader downloads an edition they never open.
      globPatterns: ['**/*.{js,css,svg}'],
      globIgnores: [
        '_headers',
        'sw.js',
        // Dev-server-only chunks: a built page has the map in its HTML.
        '**/_virtual_*',
        // The offline copies are downloads, not pages of the app.
        OFFLINE_FILE_NAME.replace(/\.html$/, '*.html'),
        // The embeds register no worker (and would be partitioned to their host site).
        'embed/**',
        'es/embed/**',
        // The host pages' script, and its pinned copy (scripts/host-script.ts).
        'embed.js',
        'embed-*.js',
        // Languages other than English: kept where they are used.
        ...CHUNKED_LANGS.map((lang) => `assets/${lang}-*.js`),
        // Each language's full content (src/content/editions-loader.ts): kept the same way.
        'assets/content-*.json',
        // MapLibre: kept at runtime where it is used (src/sw.ts).
        '**/live-map-*',
        '**/maplibre-gl-worker-*',
      ],
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      // A classic script, as the page registers it (src/app/offline.ts).
      rollupFormat: 'iife',
    },
  });

/**
 * React in a file of its own. React changes only when its version does, the
 * app with every correction to `data/`: a returning reader then downloads the
 * page and the app's script again, not React. Its name is its content's hash,
 * and nothing else in the build holds React's code (scripts/react-chunk.test.ts).
 */
const REACT_CHUNK = {
  name: 'react',
  test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
  priority: 10,
};

export default defineConfig(({ mode, command, isSsrBuild }) => {
  // `--mode single` (npm run build:single): one self-contained HTML file for file://.
  const single = mode === 'single';
  // `--mode client-only`: the client's files alone, no prerender and no service
  // worker (scripts/react-chunk.test.ts compares two such builds' file names).
  const clientOnly = mode === 'client-only';
  const site = siteSettings();
  if (command === 'build' && site.usingDefaultUrl && !single && !clientOnly && !isSsrBuild) {
    console.warn(
      `SITE_URL is not set: share cards and canonical links point at ${site.siteUrl} (README, "Deploying").`,
    );
  }
  const plugins: PluginOption[] = clientOnly
    ? [contentPlugin()]
    : single
      ? [
          contentPlugin(),
          securityPlugin({ policy: CSP_SINGLE_FILE_META, headersFile: false }),
          singleFilePlugins(import.meta.dirname),
          prerenderPlugin({ offlineCopy: true, site }),
        ]
      : [
          contentPlugin(),
          securityPlugin(),
          prerenderPlugin({ offlineCopy: false, site }),
          offlineAfterOneVisit(),
        ];
  return {
    base: site.base,
    plugins,
    // The site's address and publisher, for the citation and the handout (src/content/site.ts).
    define: {
      __SITE__: JSON.stringify({ url: site.siteUrl, publisher: site.publisher.name }),
    },
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    publicDir: single ? false : 'public',
    build: {
      target: 'es2022',
      // Assets are small and few; inlining them would only defeat caching.
      assetsInlineLimit: single ? undefined : 0,
      outDir: single ? 'dist-single' : 'dist',
      // MapLibre's chunk (about 1.1 MB, loaded only when a reader reaches for
      // the map) and the offline copy are large on purpose; anything else over
      // 500 kB would be news.
      chunkSizeWarningLimit: single ? 2500 : 1200,
      rolldownOptions: single ? {} : { output: { codeSplitting: { groups: [REACT_CHUNK] } } },
    },
    server: { port: 5173, strictPort: false },
    // The preview server (used by the e2e tests) sends the strict policy as a real header.
    preview: {
      port: 4173,
      strictPort: true,
      headers: { 'Content-Security-Policy': CSP_HEADER, 'Access-Control-Allow-Origin': '*' },
    },
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node',
    },
  };
});
