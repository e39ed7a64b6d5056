/**
 * The one validator for the page's URL parameters (the public contract in the
 * README). Only the six known parameters are read, each against a fixed list
 * or range; anything else is ignored and never interpreted. A parameter given
 * twice counts once (the first); an invalid value is dropped and named in
 * `ignored` so that the page can say so without blocking.
 */
import { CITY_IDS, type CityId } from '../content/city-ids';
import { LANGS, type Lang } from '../content/langs';

export { LANGS, type Lang };

export const MODES = ['explore', 'present', 'embed'] as const;
export const THEMES = ['auto', 'light', 'dark', 'contrast'] as const;
export const VIEWS = ['map', 'list', 'timeline'] as const;

export type Mode = (typeof MODES)[number];
export type Theme = (typeof THEMES)[number];
export type View = (typeof VIEWS)[number];

export interface UrlState {
  city: CityId | null;
  mode: Mode;
  /** 1-based tour step; checked against the tour's length where it is used. */
  step: number | null;
  lang: Lang;
  theme: Theme;
  view: View;
}

export const DEFAULT_URL_STATE: Readonly<UrlState> = Object.freeze({
  city: null,
  mode: 'explore',
  step: null,
  lang: 'en',
  theme: 'auto',
  view: 'map',
});

/** The contract's parameter names, in the order they are written back. */
export const URL_KEYS = ['city', 'mode', 'step', 'lang', 'theme', 'view'] as const;
type UrlKey = (typeof URL_KEYS)[number];

/** Longest step accepted: far beyond any tour, short enough to stop silly input. */
export const MAX_STEP = 99;

function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

function parseStep(value: string): number | undefined {
  if (!/^[1-9]\d{0,1}$/.test(value)) return undefined;
  const step = Number(value);
  return step <= MAX_STEP ? step : undefined;
}

const PARSERS: { [K in UrlKey]: (value: string) => UrlState[K] | undefined } = {
  city: (v) => oneOf(CITY_IDS, v),
  mode: (v) => oneOf(MODES, v),
  step: parseStep,
  lang: (v) => oneOf(LANGS, v),
  theme: (v) => oneOf(THEMES, v),
  view: (v) => oneOf(VIEWS, v),
};

export interface ParsedUrl {
  state: UrlState;
  /** Names of contract parameters whose value was not valid (and so was ignored). */
  ignored: UrlKey[];
}

/**
 * The state a query string describes. `defaults` are the page's own (each
 * entry has its language and layout): a parameter overrides them.
 */
export function parseUrlState(
  search: string,
  defaults: Readonly<UrlState> = DEFAULT_URL_STATE,
): ParsedUrl {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...defaults };
  const ignored: UrlKey[] = [];
  for (const key of URL_KEYS) {
    const value = params.get(key);
    if (value === null) continue;
    const parsed = PARSERS[key](value);
    if (parsed === undefined) ignored.push(key);
    else (state as unknown as Record<UrlKey, unknown>)[key] = parsed;
  }
  return { state, ignored };
}

/**
 * The query string for `state`: contract parameters only when they differ
 * from `defaults` (the target page's), in a fixed order; any other parameters
 * already present (a host's `childId`, say) are kept as they were.
 */
export function buildSearch(
  state: UrlState,
  currentSearch = '',
  defaults: Readonly<UrlState> = DEFAULT_URL_STATE,
): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of URL_KEYS) params.delete(key);
  const entries: [string, string][] = [];
  for (const key of URL_KEYS) {
    const value = state[key];
    if (value !== null && value !== defaults[key]) entries.push([key, String(value)]);
  }
  const out = new URLSearchParams(entries);
  for (const [key, value] of params) out.append(key, value);
  const text = out.toString();
  return text ? `?${text}` : '';
}
