/** The five cities, injected by bench/library/vite.config.ts (names and coordinates only). */
declare const __BENCH_CITIES__: { name: string; lon: number; lat: number }[];
