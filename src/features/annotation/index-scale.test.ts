import { describe, expect, it } from 'vitest';
import { englishContent } from '../../content/content';

const { annotation } = englishContent;
import { CHART_WIDTH, indexBarWidths, indexScale } from './index-scale';

describe('index scale', () => {
  const scale = indexScale(annotation.index, 200);

  it('reads the index from the annotation: the earlier period is 100, now is 115', () => {
    expect(annotation.index).toEqual({ before: 100, after: 115 });
  });

  it('starts bars at zero', () => {
    expect(scale.domain()[0]).toBe(0);
    expect(scale(0)).toBe(0);
  });

  it('makes 115 exactly 1.15 times as long as 100', () => {
    expect(scale(115) / scale(100)).toBeCloseTo(1.15, 10);
  });

  it('rounds the top of the axis up to a tidy value', () => {
    expect(scale.domain()).toEqual([0, 120]);
  });

  it('spans the given width', () => {
    expect(scale.range()).toEqual([0, 200]);
  });

  it('keeps the longer bar inside the width', () => {
    expect(scale(115)).toBeLessThanOrEqual(200);
    expect(scale(115)).toBeGreaterThan(scale(100));
  });

  it('draws a fall as honestly as a rise', () => {
    const fall = indexScale({ before: 100, after: 85 }, 200);
    expect(fall.domain()).toEqual([0, 100]);
    expect(fall(85) / fall(100)).toBeCloseTo(0.85, 10);
  });
});

describe('the bars the chart ships', () => {
  it('are the scale at the chart width: 100 and 115 on an axis to 120', () => {
    const bars = indexBarWidths({ before: 100, after: 115 });
    expect(bars.before).toBeCloseTo((100 / 120) * CHART_WIDTH, 10);
    expect(bars.after).toBeCloseTo((115 / 120) * CHART_WIDTH, 10);
  });
});
