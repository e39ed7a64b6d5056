/** `static` | `interactive` | `fallback`: the public DOM contract (README, "For tests and embedders"). */
export type MapState = 'static' | 'interactive' | 'fallback';

export function setMapState(state: MapState): void {
  document.documentElement.dataset.mapState = state;
}

/**
 * Fired on the map overlay whenever the frame variables (--s, --ox, --oy)
 * change because the camera moved; things that measure positions on the map
 * (an open popover) listen for it, and for resizes.
 */
export const MAP_FRAME_EVENT = 'mapframechange';
