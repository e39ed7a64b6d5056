import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import { cityById } from '../../content/content';
import type { CityId } from '../../content/schema';
import { SourceLink } from '../../components/source-link';
import { useAppStore } from '../../store/app-store';
import { useLocale } from '../../store/locale-store';
import { MAP_FRAME_EVENT } from '../../map/map-state';
import { NoteList } from './note-list';
import { POPOVER_WIDTH, placePopover, type Placement } from './placement';

/** The city's marker button on the map (the popover's anchor and focus return). */
export function markerButton(id: CityId): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-city-marker="${id}"]`);
}

function rectOf(element: Element) {
  const r = element.getBoundingClientRect();
  return {
    left: r.left + window.scrollX,
    top: r.top + window.scrollY,
    width: r.width,
    height: r.height,
  };
}

/**
 * The open city's notes, as a non-modal dialog: beside its marker on a wide
 * map, a bottom sheet on a phone or in the list view. Focus moves to its
 * heading on open and back to what opened it on close (Escape, the close
 * button); a click outside closes it; arrow keys move between cities.
 */
export function CityPopover() {
  const cityId = useAppStore((s) => s.selectedCityId);
  const view = useAppStore((s) => s.view);
  const selectCity = useAppStore((s) => s.selectCity);
  const clearSelection = useAppStore((s) => s.clearSelection);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** What had focus when the popover opened: focus goes back there. */
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const [placement, setPlacement] = useState<Placement>({ mode: 'sheet' });
  const headingId = useId();
  const hintId = useId();
  const { t, content, format } = useLocale();
  const { cities } = content;

  const close = useCallback(
    (restoreFocus: boolean) => {
      const target = returnFocusRef.current;
      const id = useAppStore.getState().selectedCityId;
      clearSelection();
      if (!restoreFocus) return;
      const fallback = id ? markerButton(id) : null;
      (target?.isConnected ? target : fallback)?.focus();
    },
    [clearSelection],
  );

  // Remember the opener once per opening, not per city change inside the popover.
  const isOpen = cityId !== null;
  useLayoutEffect(() => {
    if (!isOpen) return;
    const active = document.activeElement;
    returnFocusRef.current =
      active instanceof HTMLElement && !dialogRef.current?.contains(active) ? active : null;
  }, [isOpen]);

  // Focus the heading whenever a reader opens a city (including next/previous);
  // a city opened by the page's own link at load (which, on the built page,
  // happens just after hydration) leaves focus where it is.
  useEffect(() => {
    if (!cityId || useAppStore.getState().selectedByLink) return;
    headingRef.current?.focus();
  }, [cityId]);

  // Place it, and keep it placed as the map moves or the window resizes.
  useLayoutEffect(() => {
    if (!cityId) return;
    const place = () => {
      const dialog = dialogRef.current;
      const anchor = markerButton(cityId);
      const stage = anchor?.closest('.map-stage');
      if (!dialog || !anchor || !stage || view !== 'map') {
        setPlacement({ mode: 'sheet' });
        return;
      }
      const size = { width: POPOVER_WIDTH, height: dialog.scrollHeight };
      setPlacement(placePopover(rectOf(anchor), rectOf(stage), size));
    };
    place();
    const overlay = markerButton(cityId)?.closest('.map-overlay');
    overlay?.addEventListener(MAP_FRAME_EVENT, place);
    window.addEventListener('resize', place);
    return () => {
      overlay?.removeEventListener(MAP_FRAME_EVENT, place);
      window.removeEventListener('resize', place);
    };
    // The language too: the same city in other words has another height.
  }, [cityId, view, content]);

  // Escape anywhere, and clicks outside, close it.
  useEffect(() => {
    if (!cityId) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        close(true);
      }
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (!target || dialogRef.current?.contains(target)) return;
      // Another city's button switches the popover instead, and the page's
      // settings (copy link, theme) act on the view with the city still open.
      if (target.closest('[data-city-marker], [data-city-opener], [data-keeps-popover]')) return;
      close(false);
    };
    // Focus that leaves for the page behind closes it too, so a focused
    // control is never hidden under the popover (WCAG 2.4.11).
    const onFocus = (event: FocusEvent) => {
      const target = event.target as Element | null;
      if (!target || !(target instanceof Element) || dialogRef.current?.contains(target)) return;
      if (target.closest('[data-keeps-popover]') || target === markerButton(cityId)) return;
      close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('focusin', onFocus);
    };
  }, [cityId, close]);

  if (!cityId) return null;
  const city = cityById(content, cityId);
  const index = cities.findIndex((c) => c.id === cityId);
  const previous = cities[(index + cities.length - 1) % cities.length]!;
  const next = cities[(index + 1) % cities.length]!;

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    const tag = (event.target as HTMLElement).tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    if (event.key === 'ArrowRight') selectCity(next.id);
    else if (event.key === 'ArrowLeft') selectCity(previous.id);
    else return;
    event.preventDefault();
  };

  const style: CSSProperties =
    placement.mode === 'beside'
      ? {
          left: placement.left,
          top: placement.top,
          width: POPOVER_WIDTH,
          maxHeight: placement.maxHeight,
        }
      : {};

  return (
    <dialog
      ref={dialogRef}
      open
      className="city-popover"
      data-mode={placement.mode}
      data-side={placement.mode === 'beside' ? placement.side : undefined}
      aria-labelledby={headingId}
      aria-describedby={hintId}
      onKeyDown={onKeyDown}
      style={style}
    >
      <header className="city-popover__header">
        <div>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="city-popover__title">
            {city.name}
          </h2>
          <p className="city-popover__state">{city.state}</p>
          <p id={hintId} className="visually-hidden">
            {t.popover.keyboardHint}
          </p>
        </div>
        <button
          type="button"
          className="city-popover__close"
          aria-label={t.popover.close}
          onClick={() => close(true)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>

      <div className="city-popover__body">
        <section className="city-popover__section">
          <h3>{t.popover.reportSays}</h3>
          <p className="city-popover__claim">
            <span className="city-popover__badge">{t.popover.reportClaimBadge}</span>{' '}
            {city.reportSays}
          </p>
        </section>

        <section className="city-popover__section">
          <h3>{t.popover.cityPolicy}</h3>
          <NoteList notes={city.localNotes} />
        </section>

        <section className="city-popover__section">
          <h3>{t.popover.stateLaw(city.state)}</h3>
          <NoteList notes={city.stateNotes} />
        </section>

        <section className="city-popover__section">
          <h3>{t.popover.population}</h3>
          <p>{t.popover.populationValue(format.number(city.population.value))}</p>
          {city.population.note ? <p>{city.population.note}</p> : null}
          <p className="note-list__sources">
            {t.popover.sourcesLabel(city.population.sources.length)}{' '}
            {city.population.sources.map((source, i) => (
              <span key={source.url}>
                {i > 0 ? '; ' : null}
                <SourceLink source={source} />
              </span>
            ))}
          </p>
        </section>

        <p className="city-popover__checked">
          {t.popover.lastChecked(format.date(city.lastChecked, t.citation.undated))}
        </p>
      </div>

      <div className="city-popover__footer">
        <button
          type="button"
          className="button button--small"
          data-city-opener
          onClick={() => selectCity(previous.id)}
        >
          <span aria-hidden="true">← </span>
          <span className="visually-hidden">{t.popover.previous}: </span>
          {previous.name}
        </button>
        <span className="city-popover__position">
          {t.popover.position(index + 1, cities.length)}
        </span>
        <button
          type="button"
          className="button button--small"
          data-city-opener
          onClick={() => selectCity(next.id)}
        >
          <span className="visually-hidden">{t.popover.next}: </span>
          {next.name}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
    </dialog>
  );
}
