/**
 * When to fetch MapLibre (about 470 KB gzip with its worker). The static map
 * has always painted first (it is in the HTML), and every city's notes open
 * on it without MapLibre. Then:
 * - on a screen with a fine pointer and room (a laptop or desktop), outside
 *   an embed, where panning and zooming are likely and the bytes are cheap,
 *   at once: the chunk starts downloading before hydration (the HTML also
 *   preloads it for such screens) and the map is built as soon as its frame
 *   is in view;
 * - elsewhere (phones, and every embed whatever its width), only when the
 *   reader reaches for the map: a drag or pinch on it, the wheel, a key on
 *   the map itself, or a zoom button. Opening a city's notes is not reaching
 *   for the map. The static map already shows everything, and MapLibre's
 *   start-up costs a phone data and main-thread time, and an article's
 *   readers bytes for a map they may only scroll past.
 * The measurements behind this are in the README ("When MapLibre loads").
 */
import type * as LiveMapModule from './live-map';
import { EAGER_MEDIA } from './map-files';

const INTENT_EVENTS = ['pointerdown', 'wheel', 'touchstart', 'keydown'] as const;

let modulePromise: Promise<typeof LiveMapModule> | null = null;

/** The adapter module, fetched once. */
export function loadLiveMapModule(): Promise<typeof LiveMapModule> {
  modulePromise ??= import('./live-map');
  return modulePromise;
}

/** True where the map should load at once rather than on intent (never in an embed). */
export function wantsEagerMap(mode: string): boolean {
  return mode !== 'embed' && window.matchMedia(EAGER_MEDIA).matches;
}

/** A press or key on a control (a city, a zoom button, a link) is not panning the map. */
function onControl(event: Event): boolean {
  const target = event.target as Element | null;
  return !!target?.closest?.('button, a, input, select, textarea, [popover]');
}

/** A reader reached for the map before the app was running. */
let reachedEarly = false;

/**
 * Listens from the script's first moment, before hydration, for a reader
 * reaching for the static map: the app starts MapLibre for it once it runs
 * (whenMapWanted), so that a drag, a wheel or a key before then is not lost.
 */
export function noticeEarlyIntent(): void {
  const notice = (event: Event) => {
    const target = event.target as Element | null;
    if (!target?.closest?.('.map-stage')) return;
    if (event.type !== 'wheel' && onControl(event)) return;
    reachedEarly = true;
  };
  // Kept for the page's life: once the map is wanted, the flag changes nothing.
  for (const type of INTENT_EVENTS) {
    document.addEventListener(type, notice, { capture: true, passive: true });
  }
}

export function whenMapWanted(stage: HTMLElement, mode: string, load: () => void): () => void {
  let done = false;
  const cleanups: (() => void)[] = [];
  const stop = () => {
    done = true;
    cleanups.forEach((cleanup) => cleanup());
  };
  const fire = (event?: Event) => {
    if (done || (event && event.type !== 'wheel' && onControl(event))) return;
    stop();
    load();
  };

  if (reachedEarly) {
    fire();
    return stop;
  }
  for (const type of INTENT_EVENTS) {
    stage.addEventListener(type, fire, { passive: true });
    cleanups.push(() => stage.removeEventListener(type, fire));
  }

  if (wantsEagerMap(mode) && 'IntersectionObserver' in window) {
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) fire();
    });
    observer.observe(stage);
    cleanups.push(() => observer.disconnect());
  }
  return stop;
}
