/**
 * The English content, typed and frozen: it carries the facts (places,
 * dates, sources, numbers) for every language. The build and the tests read
 * it here; readers' pages get each language's edition from the build instead
 * (editions.ts, locale.ts), so nothing in the app's script imports this. The
 * JSON is validated against the schema by the build (scripts/content-plugin.ts)
 * and by the tests before any of this ships, so the casts below are checked
 * where it matters, without shipping the validator to readers.
 */
import reportJson from '../../data/report.json';
import citiesJson from '../../data/cities.json';
import annotationJson from '../../data/annotation.json';
import tourJson from '../../data/tour.json';
import updatesJson from '../../data/updates.json';
import type { Annotation, City, Content, Report, Tour, Updates } from './schema';
import { deepFreeze } from './freeze';

export const englishContent: Readonly<Content> = deepFreeze({
  report: reportJson as unknown as Report,
  cities: citiesJson as unknown as City[],
  annotation: annotationJson as unknown as Annotation,
  tour: tourJson as unknown as Tour,
  updates: updatesJson as unknown as Updates,
});
