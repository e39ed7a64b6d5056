/** The Spanish edition: data/es/*.json (words only) over the English content's facts. */
import reportJson from '../../../data/es/report.json';
import citiesJson from '../../../data/es/cities.json';
import annotationJson from '../../../data/es/annotation.json';
import tourJson from '../../../data/es/tour.json';
import updatesJson from '../../../data/es/updates.json';
import type { ContentTexts } from '../schema';
import type { Locale } from '../locale';
import { es } from '../strings/es';
import { deepFreeze, englishContent } from '../content';
import { translateContent } from '../translation';
import { formatters } from '../format';

const texts = {
  report: reportJson,
  cities: citiesJson,
  annotation: annotationJson,
  tour: tourJson,
  updates: updatesJson,
} as unknown as ContentTexts;

export const spanishLocale: Locale = {
  lang: 'es',
  t: es,
  content: deepFreeze(translateContent(englishContent, texts)),
  format: formatters('es'),
};
