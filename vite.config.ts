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
      globPatterns: ['**/*.{html,js,css,svg}'],
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
        // The host pages' script.
        'embed.js',
        // MapLibre: kept at runtime where it is used (src/sw.ts).
        '**/live-map-*',
        '**/maplibre-gl-worker-*',
      ],
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      // Pages under the address a reader opens (`./`, `es/`), not `index.html`:
      // so precaching revalidates the page just loaded instead of downloading it again.
      manifestTransforms: [
        async (entries) => ({
          manifest: entries.map((entry) => ({
            ...entry,
            url: entry.url.replace(/(^|\/)index\.html$/, '$1') || './',
          })),
          warnings: [],
        }),
      ],
    },
  });

/**
 * The app is written against React's API and typed with React's types, and
 * rendered by Preact through its compatibility layer: the same components at
 * about 11 KB gzip instead of React 19's 60 KB, which a phone and every
 * embed's reader would otherwise download (README, "What a reader downloads").
 * Here, in one place, for the client, the prerender and the unit tests alike.
 */
const REACT_ON_PREACT = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/, replacement: 'preact-render-to-string' },
  { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
];

export default defineConfig(({ mode, command, isSsrBuild }) => {
  // `--mode single` (npm run build:single): one self-contained HTML file for file://.
  const single = mode === 'single';
  const site = siteSettings();
  if (command === 'build' && site.usingDefaultUrl && !single && !isSsrBuild) {
    console.warn(
      `SITE_URL is not set: share cards and canonical links point at ${site.siteUrl} (README, "Deploying").`,
    );
  }
  const plugins: PluginOption[] = single
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
    resolve: { alias: REACT_ON_PREACT },
    // The site's address and publisher, for the citation and the handout (src/content/site.ts).
    define: {
      __SITE__: JSON.stringify({ url: site.siteUrl, publisher: site.publisher.name }),
    },
    // JSX through the automatic runtime, which the aliases above point at Preact's.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    // The prerender bundles what imports 'react' (zustand), so that it too uses Preact.
    ssr: { noExternal: ['zustand'] },
    publicDir: single ? false : 'public',
    build: {
      target: 'es2022',
      // Assets are small and few; inlining them would only defeat caching.
      assetsInlineLimit: single ? undefined : 0,
      outDir: single ? 'dist-single' : 'dist',
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
