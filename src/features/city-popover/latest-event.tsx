import type { City } from '../../content/schema';
import { useLocale } from '../../store/locale-store';
import { firstSentence } from '../../content/first-sentence';

/**
 * A city's latest event of 2025–2026 in a line: its date, then its first
 * sentence (events are newest first; the schema requires at least three).
 * The list view and present mode show it; the handout words it as text.
 */
export function LatestEvent({ city }: { city: City }) {
  const { t, format } = useLocale();
  const latest = city.events[0]!;
  return (
    <>
      <time dateTime={latest.date ?? undefined}>
        {format.date(latest.date, t.popover.undatedEvent)}
      </time>
      {`: ${firstSentence(latest.text)}`}
    </>
  );
}
