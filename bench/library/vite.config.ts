// Builds the "library" baseline page (bench/library) into bench/results/dist/library,
// with the same build settings as the app's vite.config.ts and no React. The
// output sits under bench/results because ESLint, Prettier and git already
// ignore that folder (a bench/dist would be linted as source).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

interface City {
  name: string;
  coordinates: { lon: number; lat: number };
}

// Only names and coordinates reach the page: importing data/cities.json whole
// would add the app's notes to the baseline's bytes.
const cities = (
  JSON.parse(readFileSync(new URL('../../data/cities.json', import.meta.url), 'utf8')) as City[]
).map(({ name, coordinates }) => ({ name, lon: coordinates.lon, lat: coordinates.lat }));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  define: { __BENCH_CITIES__: JSON.stringify(cities) },
  build: {
    outDir: fileURLToPath(new URL('../results/dist/library', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    // MapLibre is one big chunk by design here: that is the baseline.
    chunkSizeWarningLimit: 2000,
  },
});
