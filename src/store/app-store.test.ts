import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore } from './app-store';

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
