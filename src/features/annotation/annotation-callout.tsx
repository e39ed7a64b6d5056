import { useLocale } from '../../store/locale-store';
import { AnnotationBody, AnnotationFigure } from './annotation-body';

/**
 * The 15% figure on the map: a callout in the free band at the bottom of the
 * home frame. It points at no place: the report does not say where its
 * figure applies (its scope says so). Render it inside MapStage
 * (the map overlay). On narrow maps only the figure and a short line stay on
 * the map; that cut-down copy is hidden from screen readers because
 * AnnotationDetails, shown below the map at the same widths, says it in full.
 */
export function AnnotationCallout() {
  const { t } = useLocale();

  return (
    <div className="annotation-callout">
      <div className="annotation-callout__full">
        <AnnotationBody />
      </div>
      <div className="annotation-callout__compact" aria-hidden="true">
        <AnnotationFigure />
        <p className="annotation-callout__short">{t.annotation.shortMeasure}</p>
      </div>
    </div>
  );
}
