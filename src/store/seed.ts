import type { StoreApi } from 'zustand';

/**
 * Sets a store's state *and* its initial state. zustand hands React
 * `getInitialState()` as the server snapshot, which both `renderToString`
 * and `hydrateRoot` read: a page whose first render is not the stores'
 * built-in defaults (the Spanish pages, the embeds) must seed that snapshot
 * too, or the build would render, and hydration expect, the English explore page.
 */
export function seedInitialState<T extends object>(store: StoreApi<T>, partial: Partial<T>): void {
  Object.assign(store.getInitialState(), partial);
  store.setState(partial);
}
