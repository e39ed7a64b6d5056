import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, buildSearch, parseUrlState } from './url-state';

describe('parseUrlState', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseUrlState('')).toEqual({ state: DEFAULT_URL_STATE, ignored: [] });
  });

  it('reads every valid parameter', () => {
    const { state, ignored } = parseUrlState(
      '?city=atlanta&mode=present&step=3&lang=es&theme=dark&view=list',
    );
    expect(state).toEqual({
      city: 'atlanta',
      mode: 'present',
      step: 3,
      lang: 'es',
      theme: 'dark',
      view: 'list',
    });
    expect(ignored).toEqual([]);
  });

  it.each([
    ['city', 'houston'],
    ['city', 'Atlanta'],
    ['city', '<img src=x onerror=alert(1)>'],
    ['city', '__proto__'],
    ['mode', 'javascript:alert(1)'],
    ['theme', 'neon'],
    ['view', 'grid'],
    ['lang', 'fr'],
    ['step', '0'],
    ['step', '-1'],
    ['step', '999'],
    ['step', 'NaN'],
    ['step', '1e309'],
    ['step', '2.5'],
    ['step', '03'],
    ['step', ' 3'],
    ['city', 'x'.repeat(10_000)],
  ])('ignores %s=%s and names it', (key, value) => {
    const { state, ignored } = parseUrlState(`?${new URLSearchParams([[key, value]])}`);
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(ignored).toEqual([key]);
  });

  it('ignores parameters outside the contract without mentioning them', () => {
    const { state, ignored } = parseUrlState('?__proto__=x&constructor=y&childId=abc');
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(ignored).toEqual([]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('takes the first of a repeated parameter', () => {
    expect(parseUrlState('?city=dallas&city=chicago').state.city).toBe('dallas');
  });

  it('keeps the valid parameters when others are invalid', () => {
    const { state, ignored } = parseUrlState('?city=dallas&theme=neon');
    expect(state.city).toBe('dallas');
    expect(state.theme).toBe('auto');
    expect(ignored).toEqual(['theme']);
  });
});

describe('buildSearch', () => {
  it('writes nothing for the defaults', () => {
    expect(buildSearch(DEFAULT_URL_STATE)).toBe('');
  });

  it('writes only what differs from the defaults, in a fixed order', () => {
    expect(buildSearch({ ...DEFAULT_URL_STATE, view: 'list', city: 'new-york-city' })).toBe(
      '?city=new-york-city&view=list',
    );
  });

  it('keeps parameters it does not own, such as a host page’s childId', () => {
    expect(
      buildSearch({ ...DEFAULT_URL_STATE, city: 'chicago' }, '?childId=graphic-1&city=dallas'),
    ).toBe('?city=chicago&childId=graphic-1');
  });

  it('round-trips through parseUrlState', () => {
    const state = { ...DEFAULT_URL_STATE, city: 'los-angeles' as const, theme: 'dark' as const };
    expect(parseUrlState(buildSearch(state)).state).toEqual(state);
  });
});

describe('an entry’s own defaults', () => {
  const spanishEmbed = { ...DEFAULT_URL_STATE, lang: 'es' as const, mode: 'embed' as const };

  it('are what a bare query gives, and a parameter overrides them', () => {
    expect(parseUrlState('', spanishEmbed).state).toEqual(spanishEmbed);
    expect(parseUrlState('?lang=en&city=dallas', spanishEmbed).state).toMatchObject({
      lang: 'en',
      mode: 'embed',
      city: 'dallas',
    });
  });

  it('are left out of the query written for that entry', () => {
    expect(buildSearch({ ...spanishEmbed, city: 'atlanta' }, '', spanishEmbed)).toBe(
      '?city=atlanta',
    );
    expect(buildSearch({ ...spanishEmbed, lang: 'en' }, '?childId=m', spanishEmbed)).toBe(
      '?lang=en&childId=m',
    );
  });
});
