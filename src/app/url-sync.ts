/**
 * URL <-> store: the page reads its URL once at start, then every change of
 * the URL-relevant state rewrites the address with `replaceState`, so a link
 * always reopens the same view and the back button is not flooded. The
 * address names the entry for the language and layout on screen
 * (`/es/?city=chicago`; see src/store/page-entry.ts).
 */
import { applyUrlState, urlStateOf, useAppStore } from '../store/app-store';
import { parseUrlState, type ParsedUrl } from '../store/url-state';
import { entryDefaults, hrefFor, pageEntry } from '../store/page-entry';

/** The URL's state: the page's entry defaults, overridden by any valid query parameter. */
export function pageUrlState(): ParsedUrl {
  return parseUrlState(window.location.search, entryDefaults(pageEntry()));
}

export function readUrlIntoStore(): void {
  const { state, ignored } = pageUrlState();
  applyUrlState(state, ignored);
}

/** Keeps the address bar in step with the store; returns the unsubscribe function. */
export function syncUrlFromStore(): () => void {
  let last = '';
  const write = () => {
    const href = hrefFor(urlStateOf(useAppStore.getState()), window.location.search);
    const url = href.startsWith('?')
      ? `${window.location.pathname}${href === '?' ? '' : href}${window.location.hash}`
      : `${href}${window.location.hash}`;
    if (url === last) return;
    last = url;
    try {
      window.history.replaceState(window.history.state, '', url);
    } catch {
      // Some sandboxed frames refuse history changes; the page works without them.
    }
  };
  write();
  return useAppStore.subscribe(write);
}
