/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './scripts/content-plugin.ts';
import { securityPlugin } from './scripts/security-plugin.ts';
import { CSP_HEADER } from './scripts/csp.ts';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    contentPlugin(),
    securityPlugin(),
    react(),
    // Offline after one visit (classrooms lose the network): a service worker
    // precaches every built file, MapLibre and its worker included. Each build
    // gets a new precache revision; the new worker takes over on the next visit.
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
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Assets are small and few; inlining them would only defeat caching.
    assetsInlineLimit: 0,
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
});
