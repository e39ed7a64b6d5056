/**
 * When to fetch MapLibre (about 470 KB gzip with its worker): never before the
 * static map has painted, and then at the first of
 * - a reader's intent on the map (pointer, wheel, touch, keyboard focus, a zoom button), or
 * - the map being in view while the browser is idle, on a screen with a fine
 *   pointer (a laptop or desktop), where panning and zooming are likely and
 *   the bytes are cheap.
 * On phones it waits for intent: the static map already shows everything,
 * and MapLibre's start-up would cost a phone data and main-thread time.
 * The reasoning and measurements are in the README ("When MapLibre loads").
 */
const INTENT_EVENTS = ['pointerdown', 'wheel', 'touchstart', 'focusin', 'keydown'] as const;

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

  const finePointer = window.matchMedia('(pointer: fine) and (min-width: 48rem)').matches;
  if (finePointer && 'IntersectionObserver' in window) {
    let idle = 0;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      const schedule =
        window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
      idle = schedule(fire, { timeout: 1500 });
    });
    observer.observe(stage);
    cleanups.push(() => {
      observer.disconnect();
      if (idle) (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    });
  }
  return () => {
    done = true;
    cleanups.forEach((cleanup) => cleanup());
  };
}
