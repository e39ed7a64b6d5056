import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../../store/app-store';
import { useLocale, useLocaleStore } from '../../store/locale-store';
import { CITY_IDS } from '../../content/city-ids';
import { CityNotes } from './city-notes';
import { Deferred } from '../../components/deferred';
import { isOpen, markerButton, notesElement, takeOverPopovers } from './popover-dom';

export { markerButton } from './popover-dom';

/** True when the element is inside any city's notes. */
function inNotes(target: Element): boolean {
  return !!target.closest('.city-popover');
}

/**
 * Every city's notes (see city-notes.tsx), and what keeps them in step with
 * the store once the app runs: a city selected anywhere (its button, the
 * list, the arrows, the URL, an embedding page) shows its popover and hides
 * the others; a popover the platform opens or closes (its button's
 * `popovertarget`) selects or clears its city. Escape, a click outside and
 * focus leaving for the page close it; focus returns to what opened it.
 */
export function CityPopovers() {
  const cityId = useAppStore((s) => s.selectedCityId);
  const clearSelection = useAppStore((s) => s.clearSelection);
  /** What had focus when the notes opened: focus goes back there. */
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const { content } = useLocale();
  const { cities } = content;

  // The app takes the popovers over from the HTML, keeping one a reader opened meanwhile.
  useLayoutEffect(() => {
    const open = takeOverPopovers(CITY_IDS);
    if (open)
      useAppStore.setState({ selectedCityId: open, selectedByLink: true, noteTarget: null });
  }, []);

  // Store -> popovers, and popovers -> store.
  useEffect(() => {
    const show = () => {
      const selected = useAppStore.getState().selectedCityId;
      for (const id of CITY_IDS) {
        const element = notesElement(id);
        if (!element) continue;
        if (id === selected && !isOpen(element)) element.showPopover();
        if (id !== selected && isOpen(element)) element.hidePopover();
      }
    };
    show();
    const stop = useAppStore.subscribe((state, previous) => {
      if (state.selectedCityId !== previous.selectedCityId) show();
    });
    // A toggle event is queued, so it is read against the popover's state
    // now, not the event's; and only while the element is still the page's
    // (a layout switch replaces the popovers, closing the old ones).
    const listeners = CITY_IDS.map((id) => {
      const element = notesElement(id);
      const listener = () => {
        if (!element?.isConnected) return;
        const open = isOpen(element);
        const selected = useAppStore.getState().selectedCityId;
        if (open && selected !== id) useAppStore.getState().selectCity(id);
        if (!open && selected === id) useAppStore.getState().clearSelection();
      };
      element?.addEventListener('toggle', listener);
      return () => element?.removeEventListener('toggle', listener);
    });
    return () => {
      stop();
      listeners.forEach((remove) => remove());
    };
  }, []);

  const close = useCallback(
    (restoreFocus: boolean) => {
      const target = returnFocusRef.current;
      const id = useAppStore.getState().selectedCityId;
      clearSelection();
      if (!restoreFocus) return;
      const fallback = id ? markerButton(id) : null;
      (target?.isConnected && !inNotes(target) ? target : fallback)?.focus();
    },
    [clearSelection],
  );

  // Remember the opener once per opening, not per city change inside the notes.
  const anyOpen = cityId !== null;
  useLayoutEffect(() => {
    if (!anyOpen) return;
    const active = document.activeElement;
    returnFocusRef.current = active instanceof HTMLElement && !inNotes(active) ? active : null;
  }, [anyOpen]);

  // Escape anywhere, clicks outside, and focus leaving for the page close
  // it. Listening from the moment the popovers become the app's (the same
  // commit as the take-over) and reading the open city when an event comes,
  // so that no Escape falls between the platform's handling and the app's.
  useLayoutEffect(() => {
    const open = () => useAppStore.getState().selectedCityId;
    // Every listener here hears its event first, in the capture phase: much
    // of the page (the notes' words, the sources, the figures' disclosure) is
    // islands that React leaves as the HTML has them (components/island.tsx),
    // and React stops an event that starts inside such a part from reaching
    // the document.
    const onKey = (event: KeyboardEvent) => {
      const id = open();
      const target = event.target instanceof Element ? event.target : null;
      if (!id || !target || event.defaultPrevented) return;
      if (!inNotes(target)) {
        // Escape anywhere else, unless something there closes on it first
        // (a dialog, the tools' popover, an open <select>).
        const closesItself = target.closest('dialog[open], [popover]:popover-open, select');
        if (event.key !== 'Escape' || closesItself) return;
        close(true);
        event.preventDefault();
        return;
      }
      // Inside the notes: Escape closes them, ← and → move between cities.
      if (/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      const modified = event.altKey || event.ctrlKey || event.metaKey || event.shiftKey;
      const step = modified ? undefined : { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (event.key === 'Escape') close(true);
      else if (step) {
        // The cities in the notes' own order (their ← and → buttons).
        const ids = useLocaleStore.getState().locale.content.cities.map((city) => city.id);
        const at = ids.indexOf(id);
        useAppStore.getState().selectCity(ids[(at + step + ids.length) % ids.length]!);
      } else return;
      event.preventDefault();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (!open() || !target || inNotes(target)) return;
      // Another city's button switches the notes instead, and the page's
      // settings (copy link, theme, language) act with the city still open.
      if (target.closest('[data-city-marker], [data-city-opener], [data-keeps-popover]')) return;
      close(false);
    };
    // Focus that leaves for the page behind closes it too, so a focused
    // control is never hidden under the notes (WCAG 2.4.11).
    const onFocus = (event: FocusEvent) => {
      const id = open();
      const target = event.target as Element | null;
      if (!id || !target || !(target instanceof Element) || inNotes(target)) return;
      if (target.closest('[data-keeps-popover]') || target === markerButton(id)) return;
      close(false);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('focusin', onFocus, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('focusin', onFocus, true);
    };
  }, [close]);

  return (
    <>
      {/* Each city's notes are taken over in a task of their own: they work natively meanwhile. */}
      {cities.map((city, index) => (
        <Deferred key={city.id}>
          <CityNotes
            city={city}
            previous={cities[(index + cities.length - 1) % cities.length]!}
            next={cities[(index + 1) % cities.length]!}
            position={index + 1}
            count={cities.length}
            onClose={close}
          />
        </Deferred>
      ))}
    </>
  );
}
