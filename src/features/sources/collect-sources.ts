import type { City, Source } from '../../content/schema';

/**
 * Sources with the same URL are one citation. The first copy is kept, but
 * flagged as a mirror if any copy is, so a secondary copy is never presented
 * as the original just because another note forgot the flag.
 */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const byUrl = new Map<string, Source>();
  for (const source of sources) {
    const seen = byUrl.get(source.url);
    if (!seen) byUrl.set(source.url, source);
    else if (source.mirror && !seen.mirror) byUrl.set(source.url, { ...seen, mirror: true });
  }
  return [...byUrl.values()];
}

/**
 * Oldest first, undated last. Partial ISO dates compare correctly as strings
 * ("2021-08" sorts just before "2021-08-13"); ties go by title for a stable order.
 */
export function compareSources(a: Source, b: Source): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.title.localeCompare(b.title, 'en');
}

/** Every source behind anything shown for a city, once each, in reading order. */
export function citySources(city: City): Source[] {
  const all = [
    city.coordinatesSource,
    ...city.population.sources,
    ...[...city.events, ...city.localNotes, ...city.stateNotes].flatMap((note) => note.sources),
  ];
  return sortedSources(all);
}

export function sortedSources(sources: readonly Source[]): Source[] {
  return uniqueSources(sources).sort(compareSources);
}
