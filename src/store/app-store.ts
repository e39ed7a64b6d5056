/**
 * The single store. It holds intent (which city is selected; later the mode,
 * tour step, theme and language), never the camera: the map adapter
 * subscribes to it and moves the map itself.
 */
import { create } from 'zustand';
import type { CityId } from '../content/schema';

export interface SelectionSlice {
  selectedCityId: CityId | null;
  selectCity: (id: CityId) => void;
  clearSelection: () => void;
}

export type AppState = SelectionSlice;

export const useAppStore = create<AppState>()((set) => ({
  selectedCityId: null,
  selectCity: (id) => set({ selectedCityId: id }),
  clearSelection: () => set({ selectedCityId: null }),
}));
