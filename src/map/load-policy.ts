/**
 * When to fetch MapLibre (about 470 KB gzip with its worker). The static map
 * has always painted first (it is in the HTML). Then:
 * - on a screen with a fine pointer and room (a laptop or desktop), where
 *   panning and zooming are likely and the bytes are cheap, at once: the
 *   chunk starts downloading before hydration and the map is built as soon as
 *   its frame is in view;
 * - elsewhere (phones), at the reader's first intent on the map (pointer,
 *   wheel, touch, keyboard, a zoom button): the static map already shows
 *   everything, and MapLibre's start-up costs a phone data and main-thread time.
 * The measurements behind this are in the README ("When MapLibre loads").
 */
import type * as LiveMapModule from './live-map';

const INTENT_EVENTS = ['pointerdown', 'wheel', 'touchstart', 'focusin', 'keydown'] as const;

let modulePromise: Promise<typeof LiveMapModule> | null = null;

/** The adapter module, fetched once. */
export function loadLiveMapModule(): Promise<typeof LiveMapModule> {
  modulePromise ??= import('./live-map');
  return modulePromise;
}

/** True where the map should load at once rather than on intent. */
export function wantsEagerMap(): boolean {
  return window.matchMedia('(pointer: fine) and (min-width: 48rem)').matches;
}

export function whenMapWanted(stage: HTMLElement, load: () => void): () => void {
  let done = false;
  const cleanups: (() => void)[] = [];
  const fire = () => {
    if (done) return;
    done = true;
    cleanups.forEach((cleanup) => cleanup());
    load();
  };

  for (const type of INTENT_EVENTS) {
    stage.addEventListener(type, fire, { passive: true, once: true });
    cleanups.push(() => stage.removeEventListener(type, fire));
  }

  if (wantsEagerMap() && 'IntersectionObserver' in window) {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) fire();
    });
    observer.observe(stage);
    cleanups.push(() => observer.disconnect());
  }
  return () => {
    done = true;
    cleanups.forEach((cleanup) => cleanup());
  };
}
