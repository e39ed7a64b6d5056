import { use, useEffect, useEffectEvent, useId, useState } from 'react';
import { cityById } from '../content/city-by-id';
import { island, useFullContent } from '../components/island';
import { useAppStore } from '../store/app-store';
import { useLocale } from '../store/locale-store';
import { MapStage } from '../map/map-stage';
import type { StaticMapSource } from '../map/static-map-paths';
import { CityMarkers } from '../features/city-markers/city-markers';
import { StepView } from '../features/presentation/step-view';
import { stepAction } from '../features/presentation/step-keys';
import { FullscreenButton } from '../features/presentation/fullscreen-button';
import { LanguageSwitch } from '../features/toolbar/language-switch';
import { TimelineView } from '../features/timeline/timeline-view';
import { useTimelineShown } from '../features/timeline/use-timeline-styles';
import { mapStageWords } from './map-figure';

let stylesLoading: Promise<unknown> | null = null;

/** Present mode's styles (present-styles.ts), once; a failed download may be tried again. */
function presentStyles(): Promise<unknown> {
  stylesLoading ??= import('./present-styles').catch((error: unknown) => {
    stylesLoading = null;
    throw error;
  });
  return stylesLoading;
}

/** Seconds per step when the teacher turns auto-advance on (WCAG 2.2.2: it can be paused). */
const AUTO_SECONDS = 25;

/**
 * `mode=present`: a slideshow for a projector, driven by a clicker, the
 * keyboard or the on-screen buttons. The map moves to each step's city.
 */
export const PresentLayout = island(function PresentLayout({
  basemap,
}: {
  basemap: StaticMapSource;
}) {
  // Suspends (the island shows nothing meanwhile) until present mode's styles are in.
  use(presentStyles());
  const { t } = useLocale();
  const content = useFullContent();
  const { tour } = content;
  const count = tour.steps.length;
  const stepNumber = Math.min(Math.max(1, useAppStore((s) => s.step) ?? 1), count);
  const present = useAppStore((s) => s.present);
  const explore = useAppStore((s) => s.explore);
  const [notes, setNotes] = useState(false);
  const [auto, setAuto] = useState(false);
  const step = tour.steps[stepNumber - 1]!;
  const city = step.kind === 'city' ? cityById(content, step.city) : null;
  const headingId = useId();
  // The map gives way to the timeline once the timeline can show.
  const timelineShown = useTimelineShown(step.kind === 'timeline');

  // The step's city is the selected one, so its marker shows it (never the popover here).
  useEffect(() => {
    useAppStore.setState({ selectedCityId: city?.id ?? null, noteTarget: null });
  }, [city?.id]);

  // A key acts on the step on screen. React renders a key's update before
  // the next key event is handled, so a clicker's quick presses each count.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    const onControl = !!target?.closest('button, select, input, textarea, a');
    // Arrows move between a radio group's options (the timeline's axis), not steps.
    if (target?.matches('input[type="radio"]') && event.key.startsWith('Arrow')) return;
    const action = stepAction(event.key, event.shiftKey, stepNumber, count, onControl);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'go') present(action.step, count);
    else if (action.type === 'notes') setNotes((n) => !n);
    else explore(city?.id ?? null);
  });
  useEffect(() => {
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!auto) return;
    const timer = window.setTimeout(() => {
      if (stepNumber < count) present(stepNumber + 1, count);
      else setAuto(false);
    }, AUTO_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [auto, stepNumber, count, present]);

  return (
    <div className="present">
      {/* The timeline's step shows the timeline where the map was; the map stays, hidden. */}
      {step.kind === 'timeline' ? (
        <div className="present__timeline">
          <TimelineView opens={false} />
        </div>
      ) : null}
      <div className="present__map" hidden={timelineShown}>
        <MapStage basemap={basemap} {...mapStageWords(t)} focus={city ? city.coordinates : null}>
          <CityMarkers />
        </MapStage>
      </div>
      {/* Focusable so that a long step can be scrolled with the keyboard. */}
      <section
        className="present__step"
        aria-labelledby={headingId}
        aria-live="polite"
        tabIndex={0}
      >
        <p className="present__progress" id={headingId}>
          {t.present.progress(stepNumber, count)}
        </p>
        <StepView step={step} />
        {notes && step.notes ? (
          <aside className="present__notes" aria-label={t.present.notesLabel}>
            <p>{step.notes}</p>
          </aside>
        ) : null}
      </section>
      <nav className="present__controls" aria-label={t.present.controls}>
        <button
          type="button"
          className="button"
          disabled={stepNumber === 1}
          onClick={() => present(stepNumber - 1, count)}
        >
          {t.present.previous}
        </button>
        <label className="toolbar__select">
          <span>{t.present.goTo}</span>
          <select value={stepNumber} onChange={(e) => present(Number(e.target.value), count)}>
            {tour.steps.map((s, i) => (
              <option key={s.id} value={i + 1}>
                {i + 1}. {s.kind === 'city' ? cityById(content, s.city).name : s.title}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button"
          disabled={stepNumber === count}
          onClick={() => present(stepNumber + 1, count)}
        >
          {t.present.next}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={notes}
          onClick={() => setNotes((n) => !n)}
        >
          {t.present.notes}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={auto}
          onClick={() => setAuto((a) => !a)}
        >
          {auto ? t.present.pause : t.present.play(AUTO_SECONDS)}
        </button>
        <FullscreenButton />
        <LanguageSwitch />
        <button type="button" className="button" onClick={() => explore(city?.id ?? null)}>
          {t.present.exit}
        </button>
      </nav>
    </div>
  );
});
