import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import type { CityCore, CityId } from '../../content/schema';
import { cityById } from '../../content/city-by-id';
import { island, useFullContent } from '../../components/island';
import { SourceLinks } from '../../components/source-link';
import { useHydrated } from '../../components/use-hydrated';
import { useAppStore } from '../../store/app-store';
import { useLocale } from '../../store/locale-store';
import { MAP_FRAME_EVENT } from '../../map/map-state';
import { EventList, NoteList } from './note-list';
import { POPOVER_WIDTH, placePopover, type Placement } from './placement';
import { focusNote, markerButton, popoverId } from './popover-dom';

function rectOf(element: Element) {
  const r = element.getBoundingClientRect();
  return {
    left: r.left + window.scrollX,
    top: r.top + window.scrollY,
    width: r.width,
    height: r.height,
  };
}

/** "← Atlanta" / "Chicago →": the previous or next city (its direction said to screen readers). */
function StepButton(props: {
  city: CityCore;
  label: string;
  before?: string;
  after?: string;
  disabled: boolean;
}) {
  const selectCity = useAppStore((s) => s.selectCity);
  return (
    <button
      type="button"
      className="button button--small"
      data-city-opener
      disabled={props.disabled}
      onClick={() => selectCity(props.city.id)}
    >
      {props.before ? <span aria-hidden="true">{props.before}</span> : null}
      <span className="visually-hidden">{`${props.label}: `}</span>
      {props.city.name}
      {props.after ? <span aria-hidden="true">{props.after}</span> : null}
    </button>
  );
}

/**
 * What the notes say: the report's words, the events, the local and state
 * notes and the population, each with its sources. An island: the page's
 * script does not carry these words (src/components/island.tsx).
 */
const NotesBody = island(function NotesBody({ cityId }: { cityId: CityId }) {
  const eventsId = useId();
  const { t, format } = useLocale();
  const city = cityById(useFullContent(), cityId);
  return (
    <div className="city-popover__body" data-island>
      <section className="city-popover__section">
        <h3>{t.popover.reportSays}</h3>
        <p className="city-popover__claim">
          <span className="city-popover__badge">{t.popover.reportClaimBadge}</span>
          {` ${city.reportSays}`}
        </p>
      </section>

      <section className="city-popover__section" data-kind="events">
        <h3 id={eventsId}>{t.popover.events}</h3>
        <EventList events={city.events} labelledBy={eventsId} />
      </section>

      <section className="city-popover__section" data-kind="localNotes">
        <h3>{t.popover.cityPolicy}</h3>
        <NoteList notes={city.localNotes} />
      </section>

      <section className="city-popover__section" data-kind="stateNotes">
        <h3>{t.popover.stateLaw(city.state)}</h3>
        <NoteList notes={city.stateNotes} />
      </section>

      <section className="city-popover__section">
        <h3>{t.popover.population}</h3>
        <p>{t.popover.populationValue(format.number(city.population.value))}</p>
        {city.population.note ? <p>{city.population.note}</p> : null}
        <p className="note-list__sources">
          <SourceLinks sources={city.population.sources} />
        </p>
      </section>

      <p className="city-popover__checked">
        {t.popover.lastChecked(format.date(city.lastChecked, t.citation.undated))}
      </p>
    </div>
  );
});

interface Props {
  city: CityCore;
  previous: CityCore;
  next: CityCore;
  /** 1-based place among the cities, and how many there are. */
  position: number;
  count: number;
  /** Closes the notes; focus goes back to what opened them if `restoreFocus`. */
  onClose: (restoreFocus: boolean) => void;
}

/**
 * One city's notes: a non-modal dialog in the platform's popover, in the
 * HTML from the start. Before any script it opens from its city's button and
 * sits beside it (CSS anchor positioning; centred where that is missing), or
 * as a bottom sheet on a phone. Once the app runs, the app places it (beside
 * its marker, inside the map, or a bottom sheet), moves focus to its heading
 * when a reader opens it, and arrow keys move between cities.
 */
export function CityNotes({ city, previous, next, position, count, onClose }: Props) {
  const selected = useAppStore((s) => s.selectedCityId === city.id);
  const noteTarget = useAppStore((s) => (s.selectedCityId === city.id ? s.noteTarget : null));
  const view = useAppStore((s) => s.view);
  const hydrated = useHydrated();
  const ref = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const headingId = useId();
  const hintId = useId();
  const { t, content } = useLocale();

  // A reader opening it moves focus to its heading, or to the note asked
  // for (the timeline's); a city opened by the page's link, or before the
  // app ran, leaves focus where it is.
  useEffect(() => {
    if (!selected || useAppStore.getState().selectedByLink) return;
    if (noteTarget && ref.current && focusNote(ref.current, noteTarget.key)) return;
    headingRef.current?.focus();
  }, [selected, noteTarget]);

  // Placed while open, and kept placed as the map moves or the window resizes.
  useLayoutEffect(() => {
    if (!selected) return;
    const place = () => {
      const element = ref.current;
      const anchor = markerButton(city.id);
      const stage = anchor?.closest('.map-stage');
      if (!element || !anchor || !stage || view !== 'map') {
        setPlacement({ mode: 'sheet' });
        return;
      }
      const size = { width: POPOVER_WIDTH, height: element.scrollHeight };
      setPlacement(placePopover(rectOf(anchor), rectOf(stage), size));
    };
    place();
    const overlay = markerButton(city.id)?.closest('.map-overlay');
    overlay?.addEventListener(MAP_FRAME_EVENT, place);
    window.addEventListener('resize', place);
    return () => {
      overlay?.removeEventListener(MAP_FRAME_EVENT, place);
      window.removeEventListener('resize', place);
    };
    // The language too: the same city in other words has another height.
  }, [selected, view, content, city.id]);

  const style: CSSProperties | undefined =
    selected && placement?.mode === 'beside'
      ? {
          left: placement.left,
          top: placement.top,
          width: POPOVER_WIDTH,
          maxHeight: placement.maxHeight,
        }
      : undefined;

  return (
    <div
      ref={ref}
      id={popoverId(city.id)}
      popover="auto"
      role="dialog"
      className="city-popover"
      data-mode={selected ? placement?.mode : undefined}
      data-side={selected && placement?.mode === 'beside' ? placement.side : undefined}
      aria-labelledby={headingId}
      aria-describedby={hintId}
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
          // Works before any script too: the platform closes the popover.
          popoverTarget={popoverId(city.id)}
          popoverTargetAction="hide"
          onClick={() => onClose(true)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>

      <NotesBody cityId={city.id} />

      <div className="city-popover__footer">
        <StepButton city={previous} label={t.popover.previous} before="← " disabled={!hydrated} />
        <span className="city-popover__position">{t.popover.position(position, count)}</span>
        <StepButton city={next} label={t.popover.next} after=" →" disabled={!hydrated} />
      </div>
    </div>
  );
}
