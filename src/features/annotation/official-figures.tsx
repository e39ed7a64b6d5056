import { useLocale } from '../../store/locale-store';
import { island, useFullContent } from '../../components/island';
import { OfficialFiguresList } from './official-figures-list';

/**
 * "What the official figures say": a disclosure beside the report's figure
 * (a <details>, so it opens with no script too) with the counts official
 * sources give, each dated and sourced, a plain sentence that none of them
 * states the report's rise, and why they are not to be compared. No
 * percentage is computed against the report's figure, and none is drawn on
 * its chart. An island (src/components/island.tsx).
 */
export const OfficialFigures = island(function OfficialFigures() {
  const { t } = useLocale();
  const { context } = useFullContent().annotation;
  return (
    <details className="official-figures" data-island>
      <summary>{t.annotation.officialFigures}</summary>
      <p className="official-figures__caveat">{context.caveat}</p>
      <OfficialFiguresList figures={context.figures} className="official-figures__list" />
      <p className="official-figures__note">{context.note}</p>
    </details>
  );
});
