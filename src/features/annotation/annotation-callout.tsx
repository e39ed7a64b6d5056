import { useRef } from 'react';
import { useLocale } from '../../store/locale-store';
import { AnnotationBody, AnnotationFigure } from './annotation-body';
import { useLeaderLine } from './use-leader-line';

/**
 * The 15% figure on the map: a callout in the free band at the bottom of the
 * home frame, with a leader line to its anchor. Render it inside MapStage
 * (the map overlay). On narrow maps only the figure and a short line stay on
 * the map; that cut-down copy is hidden from screen readers because
 * AnnotationDetails, shown below the map at the same widths, says it in full.
 */
export function AnnotationCallout() {
  const calloutRef = useRef<HTMLDivElement>(null);
  const anchorRef = useRef<HTMLSpanElement>(null);
  const lineRef = useRef<SVGLineElement>(null);
  useLeaderLine(calloutRef, anchorRef, lineRef);
  const { t } = useLocale();

  return (
    <>
      <svg className="annotation-leader" aria-hidden="true" focusable="false">
        <line ref={lineRef} visibility="hidden" />
      </svg>
      <span ref={anchorRef} className="map-point annotation-anchor" aria-hidden="true" />
      <div ref={calloutRef} className="annotation-callout">
        <div className="annotation-callout__full">
          <AnnotationBody />
        </div>
        <div className="annotation-callout__compact" aria-hidden="true">
          <AnnotationFigure />
          <p className="annotation-callout__short">{t.annotation.shortMeasure}</p>
        </div>
      </div>
    </>
  );
}
