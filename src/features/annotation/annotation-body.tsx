import { annotation, report } from '../../content/content';
import { en } from '../../content/strings/en';
import { AnnotationChart } from './annotation-chart';

/**
 * The full annotation: the figure, what it measures, where it applies, how
 * far it can be trusted, its source and the chart. Shown in the callout on
 * wide maps and below the map on narrow ones.
 */
export function AnnotationBody() {
  return (
    <div className="annotation-body">
      <p className="annotation-body__figure">
        <span className="annotation-label">{annotation.label}</span>{' '}
        <span className="annotation-scope">{annotation.scope}</span>
      </p>
      <p className="annotation-body__measure">{annotation.measures}</p>
      <p className="annotation-body__qualifier">{annotation.qualifier}</p>
      <div className="annotation-body__chart">
        <AnnotationChart index={annotation.index} />
      </div>
      <p className="annotation-body__source">{en.annotation.source(report.creditedOutlet)}</p>
    </div>
  );
}
