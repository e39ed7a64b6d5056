/** Words shared by every way a source is cited (the page's links, the printed handout). */
import type { Source } from './schema';
import type { Strings } from './strings/types';

/** How the copy read relates to the original ("mirror copy, dnyuz.com"), or null for an original. */
export function copyNote(source: Source, t: Strings): string | null {
  if (source.copy) return t.citation.copy[source.copy.kind](source.copy.name ?? '');
  return source.mirror ? t.citation.mirror : null;
}
