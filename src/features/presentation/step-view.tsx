import { cityById } from '../../content/city-by-id';
import { useFullContent } from '../../components/island';
import type { TourStep } from '../../content/schema';
import { useLocale } from '../../store/locale-store';
import { AnnotationChart } from '../annotation/annotation-chart';
import { LatestEvent } from '../city-popover/latest-event';
import { OfficialFiguresList } from '../annotation/official-figures-list';

/** One step's content, in large type for a projector (inside present mode's island). */
export function StepView({ step }: { step: TourStep }) {
  const { t, format } = useLocale();
  const content = useFullContent();
  const { annotation } = content;
  if (step.kind === 'city') {
    const city = cityById(content, step.city);
    return (
      <>
        <h2 className="present-step__title">
          {city.name}, {city.state}
        </h2>
        <p className="present-step__lead">{city.summary}</p>
        <p className="present-step__claim">
          <span className="city-popover__badge">{t.popover.reportClaimBadge}</span>
          {` ${city.reportSays}`}
        </p>
      </>
    );
  }
  return (
    <>
      <h2 className="present-step__title">{step.title}</h2>
      {step.kind === 'figure' ? (
        <div className="present-step__figure">
          <p className="present-step__big">{format.percentChange(annotation.value)}</p>
          <p>{annotation.measures}</p>
          <p className="present-step__qualifier">{annotation.qualifier}</p>
          <AnnotationChart index={annotation.index} />
        </div>
      ) : null}
      <p className="present-step__lead">{step.body}</p>
      {step.kind === 'figure' ? (
        // What the official figures say, as on the map (official-figures.tsx), open.
        <div className="present-step__context">
          <h3>{t.annotation.officialFigures}</h3>
          <p>{annotation.context.caveat}</p>
          <OfficialFiguresList figures={annotation.context.figures} />
        </div>
      ) : null}
      {step.kind === 'events' ? (
        // Each city's latest event (newest first in cities.json), dated.
        <ul className="present-step__events">
          {content.cities.map((city) => (
            <li key={city.id}>
              <strong>{`${city.name}, `}</strong>
              <LatestEvent city={city} />
            </li>
          ))}
        </ul>
      ) : null}
      {'questions' in step ? (
        <>
          <h3>{t.present.questions}</h3>
          <ol className="present-step__questions">
            {step.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
