/**
 * URL <-> store: the page reads its URL once at start, then every change of
 * the URL-relevant state rewrites the query with `replaceState`, so a link
 * always reopens the same view and the back button is not flooded.
 */
import { applyUrlState, urlStateOf, useAppStore } from '../store/app-store';
import { buildSearch, parseUrlState } from '../store/url-state';

export function readUrlIntoStore(): void {
  const { state, ignored } = parseUrlState(window.location.search);
  applyUrlState(state, ignored);
}

/** Keeps the address bar in step with the store; returns the unsubscribe function. */
export function syncUrlFromStore(): () => void {
  let last = '';
  const write = () => {
    const search = buildSearch(urlStateOf(useAppStore.getState()), window.location.search);
    if (search === last) return;
    last = search;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    try {
      window.history.replaceState(window.history.state, '', url);
    } catch {
      // Some sandboxed frames refuse history changes; the page works without them.
    }
  };
  write();
  return useAppStore.subscribe(write);
}
