/** The Spanish edition's core and strings (its full content is editions/content-es.ts). */
import spanishCore from 'virtual:core-content/es';
import type { Locale } from '../locale';
import { es } from '../strings/es';
import { deepFreeze } from '../freeze';
import { formatters } from '../format';

export const spanishLocale: Locale = {
  lang: 'es',
  t: es,
  content: deepFreeze(spanishCore),
  format: formatters('es'),
};
