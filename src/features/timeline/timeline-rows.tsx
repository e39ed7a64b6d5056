import { useId } from 'react';
import type { City } from '../../content/schema';
import { island, useFullContent } from '../../components/island';
import { useLocale } from '../../store/locale-store';
import { timelineItems } from './timeline-items';
import { TimelineEntry } from './timeline-entry';

/** A city's row: its notes, oldest first, each on the axis; the undated ones after them. */
function CityRow({ city, opens }: { city: City; opens: boolean }) {
  const { t } = useLocale();
  const headingId = useId();
  const { dated, undated } = timelineItems(city);
  return (
    <section className="timeline__city">
      <h3 id={headingId} className="timeline__city-name">
        {city.name}
      </h3>
      <ol className="timeline__items" aria-labelledby={headingId}>
        {dated.map((item) => (
          <TimelineEntry key={`${item.kind}-${item.index}`} item={item} city={city} opens={opens} />
        ))}
      </ol>
      {undated.length > 0 ? (
        <>
          <h4 className="timeline__undated">{t.timeline.undated}</h4>
          <ul className="timeline__items timeline__items--undated">
            {undated.map((item) => (
              <TimelineEntry
                key={`${item.kind}-${item.index}`}
                item={item}
                city={city}
                opens={opens}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/**
 * Every city's notes as lists: the lists are the timeline, placed on the
 * axis by CSS. An island: the page's script does not carry these words
 * (src/components/island.tsx).
 */
export const TimelineRows = island(function TimelineRows({ opens }: { opens: boolean }) {
  const { cities } = useFullContent();
  return (
    <div className="timeline__rows" data-island>
      {cities.map((city) => (
        <CityRow key={city.id} city={city} opens={opens} />
      ))}
    </div>
  );
});
