/**
 * The city notes as the platform's popovers: ids, lookups and the switch
 * from the HTML's behaviour to the app's. The prerendered page carries all
 * five as `popover="auto"` elements that each city's button opens with
 * `popovertarget`, so a reader can open, close (Escape, a tap outside) and
 * read them before any script runs. Once the app runs they become
 * `popover="manual"` with the app's own light dismiss, so that an open city
 * stays open while the reader uses the language switch, the tools or the
 * Map/List switch (an auto popover would close on any of them).
 */
import type { CityId } from '../../content/city-ids';
import { parseNoteKey } from '../../content/note-key';

/** The id of a city's notes (its buttons' `popovertarget`). */
export function popoverId(id: CityId): string {
  return `city-notes-${id}`;
}

export function notesElement(id: CityId): HTMLElement | null {
  return document.getElementById(popoverId(id));
}

/** The city's marker button on the map (the notes' anchor and focus return). */
export function markerButton(id: CityId): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-city-marker="${id}"]`);
}

export function isOpen(element: Element | null): boolean {
  return !!element?.matches(':popover-open');
}

/**
 * Hands the popovers over to the app: each becomes manual, and one a reader
 * opened before the scripts arrived is shown again (changing the attribute
 * closes it). Returns that city, which the app then treats as selected.
 */
export function takeOverPopovers(ids: readonly CityId[]): CityId | null {
  let open: CityId | null = null;
  for (const id of ids) {
    const element = notesElement(id);
    if (!element) continue;
    if (isOpen(element)) open = id;
    element.popover = 'manual';
  }
  if (open) notesElement(open)?.showPopover();
  return open;
}

/**
 * Shows one note in a city's open notes and moves focus to it: `key` names
 * its kind and place (content/note-key.ts), as the notes list them, each kind
 * in its own section (`data-kind`). A note behind "Show all" opens it.
 * False if there is no such note.
 */
export function focusNote(notes: HTMLElement, key: string): boolean {
  const at = parseNoteKey(key);
  const section = at ? notes.querySelector(`[data-kind="${at.kind}"]`) : null;
  const item = section?.querySelectorAll<HTMLElement>('.note-list__item')[at?.index ?? -1];
  if (!item) return false;
  const details = item.closest('details');
  if (details) details.open = true;
  item.tabIndex = -1;
  item.focus({ preventScroll: true });
  // Scrolled to the middle of the notes' body (their own scroller: the page stays put).
  const body = item.closest<HTMLElement>('.city-popover__body');
  if (body) {
    const [at, box] = [item.getBoundingClientRect(), body.getBoundingClientRect()];
    body.scrollTop += at.top - box.top - Math.max(0, (box.height - at.height) / 2);
  }
  return true;
}
