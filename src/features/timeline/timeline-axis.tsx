import years from 'virtual:timeline-years';
import { useLocale } from '../../store/locale-store';
import { monthTicks } from './timeline-ticks';

/**
 * The axis, for the eye only (the lists say every date): the year ticks
 * (from the build, `virtual:timeline-years`), the months of 2025–2026 (every
 * month a line, every third a label) and a lane per city. Drawn with the
 * timeline's styles, never in the HTML: without them it would be a stray list.
 */
export function TimelineAxis() {
  const { format, content } = useLocale();
  return (
    <div className="timeline__axis" aria-hidden="true">
      <ol className="timeline__ticks timeline__ticks--years">
        {years.map((key) => (
          <li key={key}>
            <time dateTime={key}>{key}</time>
          </li>
        ))}
      </ol>
      <ol className="timeline__ticks timeline__ticks--months">
        {monthTicks().map((key) => (
          <li key={key}>
            <time dateTime={key}>
              {(Number(key.slice(5)) - 1) % 3 === 0 ? format.monthTick(key) : null}
            </time>
          </li>
        ))}
      </ol>
      <ol className="timeline__lanes">
        {content.cities.map((city) => (
          <li key={city.id}>
            <span>{city.name}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
