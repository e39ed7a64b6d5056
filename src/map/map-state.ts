/** `static` | `interactive` | `fallback`: the public DOM contract (README, "For tests and embedders"). */
export type MapState = 'static' | 'interactive' | 'fallback';

export function setMapState(state: MapState): void {
  document.documentElement.dataset.mapState = state;
}
