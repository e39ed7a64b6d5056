/**
 * URL <-> store: the page reads its URL once at start, then every change of
 * the URL-relevant state rewrites the query with `replaceState`, so a link
 * always reopens the same view and the back button is not flooded.
 */
import { applyUrlState, urlStateOf, useAppStore } from '../store/app-store';
import {
  DEFAULT_URL_STATE,
  buildSearch,
  parseUrlState,
  type Lang,
  type ParsedUrl,
} from '../store/url-state';

let pageLang: Lang | null = null;

/**
 * The language the page was built in: its `<html lang>` as served (read once,
 * before the app changes it). The site is English; the Spanish offline copy
 * opens in Spanish.
 */
export function builtLang(): Lang {
  pageLang ??= document.documentElement.lang === 'es' ? 'es' : 'en';
  return pageLang;
}

/** The URL's state; with no valid `lang`, the page's own language. */
export function pageUrlState(): ParsedUrl {
  const parsed = parseUrlState(window.location.search);
  const chosen = new URLSearchParams(window.location.search).get('lang');
  if (parsed.state.lang === DEFAULT_URL_STATE.lang && chosen !== parsed.state.lang) {
    parsed.state.lang = builtLang();
  }
  return parsed;
}

export function readUrlIntoStore(): void {
  const { state, ignored } = pageUrlState();
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
