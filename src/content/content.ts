/**
 * The content, typed and frozen. The JSON is validated against the schema by
 * the build (vite.config.ts) and by the tests before any of this ships, so
 * the casts below are checked where it matters, without shipping the
 * validator to readers.
 */
import reportJson from '../../data/report.json';
import citiesJson from '../../data/cities.json';
import annotationJson from '../../data/annotation.json';
import tourJson from '../../data/tour.json';
import type { Annotation, City, CityId, Report, Tour } from './schema';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export const report: Readonly<Report> = deepFreeze(reportJson as unknown as Report);
export const cities: readonly City[] = deepFreeze(citiesJson as unknown as City[]);
export const annotation: Readonly<Annotation> = deepFreeze(annotationJson as unknown as Annotation);

export const tour: Readonly<Tour> = deepFreeze(tourJson as unknown as Tour);

export function cityById(id: CityId): City {
  const city = cities.find((c) => c.id === id);
  if (!city) throw new Error(`Unknown city id: ${id}`);
  return city;
}
