import { describe, expect, it } from 'vitest';
import { ENTRIES, entryAt, entryFile, entryFor } from './entries';

describe('entries', () => {
  it('has one entry per language and layout, each in its own folder', () => {
    expect(ENTRIES.map(entryFile)).toEqual([
      'index.html',
      'es/index.html',
      'embed/index.html',
      'es/embed/index.html',
    ]);
  });

  it('finds the entry for a language and mode; present mode is a view of explore', () => {
    expect(entryFor('es', 'embed').path).toBe('es/embed/');
    expect(entryFor('en', 'present').path).toBe('');
    expect(entryFor('es', 'explore').path).toBe('es/');
  });

  it('recognises an entry by its path, with or without index.html, under any base', () => {
    expect(entryAt('/', '/')).toMatchObject({ lang: 'en', mode: 'explore' });
    expect(entryAt('/index.html', '/')).toMatchObject({ lang: 'en', mode: 'explore' });
    expect(entryAt('/es/embed/', '/')).toMatchObject({ lang: 'es', mode: 'embed' });
    expect(entryAt('/maps/ice/es/', '/maps/ice/')).toMatchObject({ lang: 'es', mode: 'explore' });
  });

  it('says null for paths that are not entries', () => {
    expect(entryAt('/es', '/')).toBeNull();
    expect(entryAt('/fr/', '/')).toBeNull();
    expect(entryAt('/home/me/ice-cities-map-offline.html', '/')).toBeNull();
    expect(entryAt('/es/', '/maps/')).toBeNull();
  });
});
