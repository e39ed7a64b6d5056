import { cityById } from '../../content/content';
import type { TourStep } from '../../content/schema';
import { useLocale } from '../../store/locale-store';
import { AnnotationChart } from '../annotation/annotation-chart';

/** One step's content, in large type for a projector. */
export function StepView({ step }: { step: TourStep }) {
  const { t, content, format } = useLocale();
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
      {step.kind === 'closing' ? (
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
