/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './scripts/content-plugin.ts';

export default defineConfig({
  plugins: [contentPlugin(), react()],
  build: {
    target: 'es2022',
    // Assets are small and few; inlining them would only defeat caching.
    assetsInlineLimit: 0,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
