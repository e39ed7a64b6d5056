import { afterEach, describe, expect, it } from 'vitest';
import { applyUrlState, urlStateOf, useAppStore } from './app-store';
import { DEFAULT_URL_STATE } from './url-state';

afterEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

describe('the selection slice', () => {
  it('starts with no city selected', () => {
    expect(useAppStore.getState().selectedCityId).toBeNull();
  });

  it('selects a city and clears it again', () => {
    useAppStore.getState().selectCity('dallas');
    expect(useAppStore.getState().selectedCityId).toBe('dallas');
    useAppStore.getState().clearSelection();
    expect(useAppStore.getState().selectedCityId).toBeNull();
  });
});

describe('URL state', () => {
  it('loads a URL’s state and gives it back unchanged', () => {
    const state = { ...DEFAULT_URL_STATE, city: 'atlanta' as const, view: 'list' as const };
    applyUrlState(state, ['theme']);
    expect(urlStateOf(useAppStore.getState())).toEqual(state);
    expect(useAppStore.getState().ignoredParams).toEqual(['theme']);
  });
});
