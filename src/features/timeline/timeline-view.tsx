import { useEffect, useId } from 'react';
import { CITY_IDS, type CityId } from '../../content/city-ids';
import { popoverId } from '../city-popover/popover-dom';
import { useAppStore } from '../../store/app-store';
import { useLocale } from '../../store/locale-store';
import { TimelineRows } from './timeline-rows';
import { TimelineAxis } from './timeline-axis';
import { useTimelineStyles } from './use-timeline-styles';

/** The city whose notes a timeline button opens (its `popovertarget`). */
function cityOf(button: Element): CityId | null {
  const target = button.getAttribute('popovertarget') ?? '';
  return CITY_IDS.find((id) => target === popoverId(id)) ?? null;
}

interface Props {
  hidden?: boolean;
  /** Entries open their city's notes (present mode has none to open). */
  opens?: boolean;
}

/** What the marks mean, under the axis (on a phone the axis comes first on the screen). */
function TimelineKey() {
  const { t } = useLocale();
  return (
    <div className="timeline__legend" role="group" aria-label={t.timeline.legendLabel}>
      <p>
        <span className="timeline__key timeline__key--day" aria-hidden="true" />
        {` ${t.timeline.legendDay}`}
      </p>
      <p>
        <span className="timeline__key timeline__key--span" aria-hidden="true" />
        {` ${t.timeline.legendSpan}`}
      </p>
      <p>{t.timeline.legendRows}</p>
    </div>
  );
}

/**
 * The timeline view: every dated note of the five cities on one time axis
 * (issue 22), as lists first (one per city, oldest first, in the HTML of
 * the article pages, hidden until chosen; shown where scripts never run,
 * styles/base.css). The axis, its key and the two radio buttons that
 * rescale it to 2025–2026 (which CSS follows, `:has`) come with the
 * timeline's styles, loaded when it is first shown.
 */
export function TimelineView({ hidden = false, opens = true }: Props) {
  const { t } = useLocale();
  const headingId = useId();
  const scaleName = useId();
  // Shown once its styles have loaded (the first time, a moment after it is
  // chosen), or as its plain lists if they cannot.
  const styles = useTimelineStyles(!hidden);
  const styled = styles === 'ready';

  // An entry's button opens its city's notes by itself; once the app runs,
  // at that note. Heard on the window in the capture phase, before the
  // button's own action: the entries are an island that React may not have
  // taken over, and React stops events that start in one
  // (src/components/island.tsx).
  useEffect(() => {
    if (!opens) return;
    const onClick = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest('.timeline [data-note]');
      const city = button ? cityOf(button) : null;
      if (!button || !city) return;
      useAppStore.getState().selectCity(city, button.getAttribute('data-note'));
    };
    window.addEventListener('click', onClick, true);
    return () => window.removeEventListener('click', onClick, true);
  }, [opens]);

  return (
    <section
      className="timeline"
      aria-labelledby={headingId}
      hidden={hidden || styles === 'loading'}
    >
      <h2 id={headingId} className="timeline__title">
        {t.timeline.heading}
      </h2>
      <p className="timeline__intro">{t.timeline.intro}</p>
      {/* The axis's control and key come with its styles, as the axis does. */}
      {styled ? (
        <fieldset className="timeline__scale">
          <legend>{t.timeline.scaleLabel}</legend>
          <label>
            <input type="radio" name={scaleName} value="all" defaultChecked />
            {` ${t.timeline.scaleAll}`}
          </label>
          <label>
            <input type="radio" name={scaleName} value="recent" />
            {` ${t.timeline.scaleRecent}`}
          </label>
        </fieldset>
      ) : null}
      <div className="timeline__body">
        {styled ? (
          <>
            <TimelineAxis />
            <TimelineKey />
          </>
        ) : null}
        <TimelineRows opens={opens} />
      </div>
    </section>
  );
}
