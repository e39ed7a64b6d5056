import { useEffect, useSyncExternalStore } from 'react';

let loaded = false;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Loads the timeline's styles once (timeline-styles.ts). */
function load(): Promise<void> {
  loading ??= import('./timeline-styles').then(() => {
    loaded = true;
    listeners.forEach((listener) => listener());
  });
  return loading;
}

/**
 * True once the timeline's styles are in the page; asks for them when
 * `wanted`. False while React hydrates the prerendered page (as the server
 * drew it), so a timeline shown before its styles is never seen unstyled.
 */
export function useTimelineStyles(wanted: boolean): boolean {
  const ready = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => loaded,
    () => false,
  );
  useEffect(() => {
    if (wanted) void load();
  }, [wanted]);
  return ready;
}
