/// <reference types="vitest/config" />
import { defineConfig, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './scripts/content-plugin.ts';
import { securityPlugin } from './scripts/security-plugin.ts';
import { singleFilePlugins } from './scripts/single-file-plugin.ts';
import { CSP_HEADER, CSP_SINGLE_FILE_META } from './scripts/csp.ts';
import { VitePWA } from 'vite-plugin-pwa';

// Offline after one visit (classrooms lose the network): a service worker
// precaches every built file, MapLibre and its worker included. Each build
// gets a new precache revision; the new worker takes over on the next visit.
const offlineAfterOneVisit = () =>
  VitePWA({
    registerType: 'autoUpdate',
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,json}'],
      // The static map's paths as a script are only for the dev server: the built page has them in its HTML.
      globIgnores: ['_headers', '**/_virtual_static-map-paths-*'],
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      navigateFallback: 'index.html',
      // The offline copy is a download (added after this build), not a page of the app.
      navigateFallbackDenylist: [/-offline(-[a-z]+)?\.html$/],
      cleanupOutdatedCaches: true,
    },
  });

export default defineConfig(({ mode }) => {
  // `--mode single` (npm run build:single): one self-contained HTML file for file://.
  const single = mode === 'single';
  const plugins: PluginOption[] = single
    ? [
        contentPlugin(),
        securityPlugin({ policy: CSP_SINGLE_FILE_META, headersFile: false }),
        react(),
        singleFilePlugins(import.meta.dirname),
      ]
    : [contentPlugin(), securityPlugin(), react(), offlineAfterOneVisit()];
  return {
    plugins,
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
