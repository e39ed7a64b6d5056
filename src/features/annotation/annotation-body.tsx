import { useLocale } from '../../store/locale-store';
import { AnnotationChart } from './annotation-chart';
import { OfficialFigures } from './official-figures';

/** The figure and where it applies: "+15% Scope not stated" (the figure formatted for the language). */
export function AnnotationFigure() {
  const { content, format } = useLocale();
  const { annotation } = content;
  return (
    <p className="annotation-body__figure">
      <span className="annotation-label">{format.percentChange(annotation.value)}</span>{' '}
      <span className="annotation-scope">{annotation.scope}</span>
    </p>
  );
}

/**
 * The full annotation: the figure, what it measures, where it applies, how
 * far it can be trusted, its source and the chart, and what the official
 * figures say. Shown in the callout on wide maps and below the map on
 * narrow ones.
 */
export function AnnotationBody() {
  const { t, content } = useLocale();
  const { annotation, report } = content;
  return (
    <div className="annotation-body">
      <AnnotationFigure />
      <p className="annotation-body__measure">{annotation.measures}</p>
      <p className="annotation-body__qualifier">{annotation.qualifier}</p>
      <div className="annotation-body__chart">
        <AnnotationChart index={annotation.index} />
      </div>
      <p className="annotation-body__source">{t.annotation.source(report.creditedOutlet)}</p>
      <OfficialFigures />
    </div>
  );
}
