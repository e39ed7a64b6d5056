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
import { MAP_CACHE, MAP_FILES } from './src/map/map-files.ts';

// Offline after one visit (classrooms lose the network): a service worker
// precaches the core on every device (the pages, the app's script, styles
// and Spanish words), and keeps MapLibre (about 470 KB gzip) only where it
// has loaded: the page puts its files in the `maplibre` cache
// (src/map/offline-cache.ts), which the worker answers them from. It is
// generated last (after the prerender has written every entry), so each
// entry is precached and, offline, answers for itself whatever its query
// (`/es/?city=dallas` is `/es/index.html`). Each build gets a new precache
// revision; the new worker takes over on the next visit. Embeds register no
// worker (src/app/offline.ts).
const offlineAfterOneVisit = () =>
  VitePWA({
    registerType: 'autoUpdate',
    injectRegister: false,
    manifest: false,
    integration: { closeBundleOrder: 'post' },
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,json}'],
      globIgnores: [
        '_headers',
        // The static map's paths as a script are only for the dev server: the built page has them in its HTML.
        '**/_virtual_static-map-paths-*',
        // The offline copies are downloads, not pages of the app.
        OFFLINE_FILE_NAME.replace(/\.html$/, '*.html'),
        // MapLibre: kept at runtime where it is used (below).
        '**/live-map-*',
        '**/maplibre-gl-worker-*',
      ],
      runtimeCaching: [
        {
          urlPattern: MAP_FILES,
          handler: 'CacheFirst',
          // The page stored them (offline-cache.ts) from a request without the
          // module loader's headers: a `Vary: Origin` must not make them miss.
          options: { cacheName: MAP_CACHE, matchOptions: { ignoreVary: true } },
        },
      ],
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      ignoreURLParametersMatching: [/.*/],
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/-offline(-[a-z]+)?\.html$/],
      cleanupOutdatedCaches: true,
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
    // JSX through the automatic runtime, which the aliases above point at Preact's.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    // The prerender bundles its dependencies, so that they too use Preact (zustand imports 'react').
    ssr: { noExternal: true },
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
