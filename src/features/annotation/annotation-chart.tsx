import { useLocale } from '../../store/locale-store';
import bars from 'virtual:annotation-bars';
import { CHART_WIDTH as WIDTH, type IndexValues } from './index-scale';

interface Props {
  index: IndexValues;
}

const BAR = 17;
const GAP = 3;
const HEIGHT = 2 * BAR + GAP;
/** Where the label's baseline sits inside its bar, in px. */
const BASELINE = 12.5;
const LABEL_INSET = 5;

/**
 * The rise as an index, on bars that start at zero, each labelled inside
 * (their lengths scaled at build time: index-scale.ts).
 * The labels live in the outer SVG, which has no viewBox, so they keep their
 * CSS size however narrow the chart; only the inner SVG, with the bars,
 * stretches to the width. The stylesheet keeps the chart wide enough (11rem)
 * for each label to fit inside its bar.
 */
export function AnnotationChart({ index }: Props) {
  const { t, format } = useLocale();
  const before = format.number(index.before);
  const after = format.number(index.after);
  const rows = [
    { key: 'before', label: t.annotation.chartBefore(before), length: bars.before },
    { key: 'after', label: t.annotation.chartAfter(after), length: bars.after },
  ];
  return (
    <svg
      className="annotation-chart"
      role="img"
      aria-label={t.annotation.chartLabel(before, after)}
      width="100%"
      height={HEIGHT}
    >
      <svg
        width="100%"
        height={HEIGHT}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
      >
        {rows.map((row, i) => (
          <rect
            key={row.key}
            className={`annotation-chart__bar annotation-chart__bar--${row.key}`}
            x={0}
            y={i * (BAR + GAP)}
            width={row.length}
            height={BAR}
          />
        ))}
      </svg>
      {rows.map((row, i) => (
        <text
          key={row.key}
          className="annotation-chart__label"
          x={LABEL_INSET}
          y={i * (BAR + GAP) + BASELINE}
        >
          {row.label}
        </text>
      ))}
    </svg>
  );
}
