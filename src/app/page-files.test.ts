import { describe, expect, it } from 'vitest';
import { LANGUAGE_FILES, pageCacheKey } from './page-files';

describe('what the service worker keeps of visited pages', () => {
  it('keeps a page under its address without query or fragment', () => {
    expect(pageCacheKey('https://example.org/es/?city=dallas#notes')).toBe(
      'https://example.org/es/',
    );
    expect(pageCacheKey('https://example.org/?mode=present&step=2')).toBe('https://example.org/');
  });

  it('knows a language chunk and a full content chunk by its name, and never the app, React or MapLibre', () => {
    expect(LANGUAGE_FILES.test('/assets/es-qVNXtNbP.js')).toBe(true);
    expect(LANGUAGE_FILES.test('/assets/content-en-3f9a0c1b2d.json')).toBe(true);
    expect(LANGUAGE_FILES.test('/assets/content-es-3f9a0c1b2d.json')).toBe(true);
    expect(LANGUAGE_FILES.test('/news/map/assets/es-A1_b-2.js')).toBe(true);
    for (const other of [
      '/assets/index-D5ec-U7Y.js',
      '/assets/react-96l_9qAw.js',
      '/assets/live-map-Bi4ofrSL.js',
      '/assets/en-x.js',
      '/assets/es-x.css',
      '/assets/content-fr-x.json',
      '/assets/content-en-x.js',
    ]) {
      expect(LANGUAGE_FILES.test(other), other).toBe(false);
    }
  });
});
