import { useEffect, useSyncExternalStore } from 'react';

export type StylesState = 'loading' | 'ready' | 'failed';

let state: StylesState = 'loading';
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function settle(next: StylesState) {
  state = next;
  listeners.forEach((listener) => listener());
}

/** Loads the timeline's styles once (timeline-styles.ts); a failure may be tried again. */
function load(): Promise<void> {
  loading ??= import('./timeline-styles').then(
    () => settle('ready'),
    () => {
      loading = null;
      settle('failed');
    },
  );
  return loading;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Whether the timeline's styles are in the page; asks for them when
 * `wanted`. 'loading' while React hydrates the prerendered page (as the
 * server drew it), so a timeline is never seen before its styles; 'failed'
 * if they could not load, where the timeline shows as its plain lists.
 */
export function useTimelineStyles(wanted: boolean): StylesState {
  const current = useSyncExternalStore(
    subscribe,
    () => state,
    () => 'loading' as const,
  );
  useEffect(() => {
    if (wanted && state !== 'ready') void load();
  }, [wanted]);
  return current;
}

/** True once the timeline can show: styled, or as plain lists if its styles failed. */
export function useTimelineShown(wanted: boolean): boolean {
  return useTimelineStyles(wanted) !== 'loading' && wanted;
}
