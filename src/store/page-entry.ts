/**
 * Which entry this page is (src/content/entries.ts), and the addresses of the
 * others. A page's URL is its entry's path plus only the parameters that
 * differ from that entry's defaults: `/es/?city=atlanta`, not
 * `/?lang=es&city=atlanta` (which still works, for links already shared).
 */
import { ENTRIES, entryAt, entryFor, type Entry } from '../content/entries';
import { isOfflineCopy } from '../content/offline-copy';
import { DEFAULT_URL_STATE, buildSearch, type UrlState } from './url-state';

/** The site's base path, ending in '/'. */
const BASE = import.meta.env.BASE_URL;

let current: Entry | null = null;

/**
 * The entry this page was built as: read once from the prerendered
 * `<html lang data-mode>` (before the app changes them), or from the path on
 * the dev server, which serves one unrendered page everywhere. The build's
 * prerender sets it with `renderAsEntry` instead.
 */
export function pageEntry(): Entry {
  if (current) return current;
  const root = typeof document === 'undefined' ? null : document.documentElement;
  const mode = root?.dataset.mode;
  if (root && (mode === 'explore' || mode === 'embed')) {
    current = entryFor(root.lang === 'es' ? 'es' : 'en', mode);
  } else {
    current = (root ? entryAt(window.location.pathname, BASE) : null) ?? ENTRIES[0]!;
  }
  return current;
}

/** Prerendering: the entry being rendered. */
export function renderAsEntry(entry: Entry): void {
  current = entry;
}

/** An entry's default state: its language and layout. */
export function entryDefaults(entry: Entry): UrlState {
  return { ...DEFAULT_URL_STATE, lang: entry.lang, mode: entry.mode };
}

/**
 * True where the page sits at one of the site's entry paths, so that links
 * and the address bar can name the other entries. Not in the offline copy
 * (one file on a disk) nor at a path of a host's own choosing.
 */
function addressesEntries(): boolean {
  if (isOfflineCopy()) return false;
  if (typeof window === 'undefined') return true;
  return entryAt(window.location.pathname, BASE) !== null;
}

/**
 * The address of the view `state` describes: the entry for its language and
 * layout plus what differs from that entry's defaults (e.g. `/es/?city=dallas`);
 * where the page cannot name entries, a query relative to this page (`?lang=es`).
 * `keep` is a query whose other parameters (a host's `childId`) are kept.
 */
export function hrefFor(state: UrlState, keep = ''): string {
  if (addressesEntries()) {
    const target = entryFor(state.lang, state.mode);
    return `${BASE}${target.path}${buildSearch(state, keep, entryDefaults(target))}`;
  }
  return buildSearch(state, keep, entryDefaults(pageEntry())) || '?';
}
