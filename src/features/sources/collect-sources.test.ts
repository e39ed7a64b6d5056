import { describe, expect, it } from 'vitest';
import { englishContent } from '../../content/content';

const { cities } = englishContent;
import type { City, Source } from '../../content/schema';
import { citySources, sortedSources, uniqueSources } from './collect-sources';

function source(url: string, date: string | null, extra: Partial<Source> = {}): Source {
  return { title: url, publisher: 'P', date, url: `https://example.org/${url}`, ...extra };
}

describe('uniqueSources', () => {
  it('keeps one source per URL, the first one', () => {
    const result = uniqueSources([source('a', '2020'), source('b', null), source('a', '2021')]);
    expect(result.map((s) => [s.url, s.date])).toEqual([
      ['https://example.org/a', '2020'],
      ['https://example.org/b', null],
    ]);
  });

  it('marks a kept source as a mirror if any copy is one', () => {
    const [kept] = uniqueSources([source('a', null), source('a', null, { mirror: true })]);
    expect(kept?.mirror).toBe(true);
  });
});

describe('sortedSources', () => {
  it('orders oldest first across date precisions, undated last, ties by title', () => {
    const result = sortedSources([
      source('none', null),
      source('day', '2021-08-13'),
      source('year', '2009'),
      source('month', '2021-08'),
      source('b-tie', '2025-01-10', { title: 'B' }),
      source('a-tie', '2025-01-10', { title: 'A' }),
    ]);
    expect(result.map((s) => s.url.split('/').pop())).toEqual([
      'year',
      'month',
      'day',
      'a-tie',
      'b-tie',
      'none',
    ]);
  });
});

describe('citySources', () => {
  it('gathers coordinates, population and every note and event source', () => {
    const city = {
      coordinatesSource: source('coords', null),
      population: { sources: [source('pop', '2021')] },
      events: [{ sources: [source('event', '2026')] }],
      localNotes: [{ sources: [source('local', '2012'), source('pop', '2021')] }],
      stateNotes: [{ sources: [source('state', '2025')] }],
    } as unknown as City;
    expect(citySources(city).map((s) => s.url.split('/').pop())).toEqual([
      'local',
      'pop',
      'state',
      'event',
      'coords',
    ]);
  });

  it.each(cities.map((c) => [c.id, c] as const))('lists every URL used for %s once', (_, city) => {
    const used = new Set(
      [
        city.coordinatesSource,
        ...city.population.sources,
        ...[...city.events, ...city.localNotes, ...city.stateNotes].flatMap((n) => n.sources),
      ].map((s) => s.url),
    );
    const listed = citySources(city).map((s) => s.url);
    expect(new Set(listed)).toEqual(used);
    expect(listed).toHaveLength(used.size);
  });
});
