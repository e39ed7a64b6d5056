/**
 * The English content, typed and frozen: it carries the facts (places,
 * dates, sources, numbers) for every language. The JSON is validated against
 * the schema by the build (scripts/content-plugin.ts) and by the tests before
 * any of this ships, so the casts below are checked where it matters, without
 * shipping the validator to readers. Components read the content of the
 * current language through `useLocale()`.
 */
import reportJson from '../../data/report.json';
import citiesJson from '../../data/cities.json';
import annotationJson from '../../data/annotation.json';
import tourJson from '../../data/tour.json';
import updatesJson from '../../data/updates.json';
import type { Annotation, City, CityId, Content, Report, Tour, Updates } from './schema';

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export const englishContent: Readonly<Content> = deepFreeze({
  report: reportJson as unknown as Report,
  cities: citiesJson as unknown as City[],
  annotation: annotationJson as unknown as Annotation,
  tour: tourJson as unknown as Tour,
  updates: updatesJson as unknown as Updates,
});

export function cityById(content: Content, id: CityId): City {
  const city = content.cities.find((c) => c.id === id);
  if (!city) throw new Error(`Unknown city id: ${id}`);
  return city;
}
