/**
 * The app's store, in slices. It holds intent (which city is open, the
 * view, theme, language, mode, tour step), never the camera: the map adapter
 * subscribes to it and moves the map itself. The URL is a projection of this
 * state (src/app/url-sync.ts). The loaded language edition is kept apart
 * (locale-store.ts): it follows `lang` once that language has loaded.
 */
import { create } from 'zustand';
import type { CityId } from '../content/schema';
import {
  DEFAULT_URL_STATE,
  type Lang,
  type Mode,
  type Theme,
  type UrlState,
  type View,
} from './url-state';

export interface SelectionSlice {
  /** The city whose notes are open, or null. */
  selectedCityId: CityId | null;
  /** True while the open city is the one the page's link named (it opened itself, so focus stays put). */
  selectedByLink: boolean;
  /**
   * The note to show in the open city's notes (the timeline's `e3`,
   * content/note-key.ts), or null for their top. A new object on each request,
   * so that asking for the same note again shows it again.
   */
  noteTarget: { key: string } | null;
  selectCity: (id: CityId, note?: string | null) => void;
  clearSelection: () => void;
}

export interface PreferencesSlice {
  view: View;
  theme: Theme;
  lang: Lang;
  setView: (view: View) => void;
  setTheme: (theme: Theme) => void;
  setLang: (lang: Lang) => void;
}

export interface ModeSlice {
  mode: Mode;
  /** 1-based tour step in present mode. */
  step: number | null;
  /** Enters present mode at a step (clamped to 1..count). */
  present: (step: number, count: number) => void;
  /** Leaves present mode for explore, keeping (or clearing) the city. */
  explore: (city: CityId | null) => void;
}

export interface NoticeSlice {
  /** URL parameters that were present but invalid, and so ignored. */
  ignoredParams: readonly string[];
  dismissNotice: () => void;
}

export type AppState = SelectionSlice & PreferencesSlice & ModeSlice & NoticeSlice;

export const useAppStore = create<AppState>()((set) => ({
  selectedCityId: null,
  selectedByLink: false,
  noteTarget: null,
  selectCity: (id, note = null) =>
    set({ selectedCityId: id, selectedByLink: false, noteTarget: note ? { key: note } : null }),
  clearSelection: () => set({ selectedCityId: null, selectedByLink: false, noteTarget: null }),

  view: DEFAULT_URL_STATE.view,
  theme: DEFAULT_URL_STATE.theme,
  lang: DEFAULT_URL_STATE.lang,
  setView: (view) => set({ view }),
  setTheme: (theme) => set({ theme }),
  setLang: (lang) => set({ lang }),

  mode: DEFAULT_URL_STATE.mode,
  step: DEFAULT_URL_STATE.step,
  present: (step, count) => set({ mode: 'present', step: Math.min(Math.max(1, step), count) }),
  explore: (city) =>
    set({
      mode: 'explore',
      step: null,
      selectedCityId: city,
      selectedByLink: false,
      noteTarget: null,
    }),

  ignoredParams: [],
  dismissNotice: () => set({ ignoredParams: [] }),
}));

/** Loads the state a URL describes (once, at start). */
export function applyUrlState(state: UrlState, ignored: readonly string[]): void {
  useAppStore.setState({
    selectedCityId: state.city,
    selectedByLink: state.city !== null,
    noteTarget: null,
    view: state.view,
    theme: state.theme,
    lang: state.lang,
    mode: state.mode,
    step: state.step,
    ignoredParams: ignored,
  });
}

/** The URL-relevant part of the state. */
export function urlStateOf(s: AppState): UrlState {
  return {
    city: s.selectedCityId,
    mode: s.mode,
    step: s.step,
    lang: s.lang,
    theme: s.theme,
    view: s.view,
  };
}
