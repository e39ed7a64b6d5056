import { describe, expect, it } from 'vitest';
import { leaderSegment, segmentBoxDistance } from './leader-geometry';

const map = { left: 0, top: 0, right: 1000, bottom: 600 };
const callout = { left: 8, top: 500, right: 500, bottom: 592 };
const anchor = { x: 300, y: 200 };

describe('leader line', () => {
  it('leaves the top of the callout and stops at the ring around the anchor', () => {
    const line = leaderSegment(callout, anchor, map, 4)!;
    expect(line.y1).toBe(500);
    expect(Math.hypot(anchor.x - line.x2, anchor.y - line.y2)).toBeCloseTo(4, 10);
  });

  it('takes the shortest way when nothing is in it', () => {
    const line = leaderSegment(callout, anchor, map, 4)!;
    expect(line.x1).toBeCloseTo(300, 0);
  });

  it('steers clear of a city just below the anchor', () => {
    const dallas = { left: 290, top: 300, right: 350, bottom: 340 };
    const line = leaderSegment(callout, anchor, map, 4, [dallas])!;
    const clearance = segmentBoxDistance(
      { x: line.x1, y: line.y1 },
      { x: line.x2, y: line.y2 },
      dallas,
    );
    expect(clearance).toBeGreaterThanOrEqual(19);
  });

  it('keeps its foot on the callout', () => {
    const line = leaderSegment(callout, { x: 2, y: 100 }, map, 4)!;
    expect(line.x1).toBe(callout.left + 12);
  });

  it('meets the nearest side when the anchor is beside the callout', () => {
    const line = leaderSegment(callout, { x: 700, y: 550 }, map, 4)!;
    expect(line.x1).toBe(500);
    expect(line.y1).toBe(550);
  });

  it('draws nothing when the anchor is off the map or behind the callout', () => {
    expect(leaderSegment(callout, { x: 450, y: -20 }, map, 4)).toBeNull();
    expect(leaderSegment(callout, { x: 200, y: 550 }, map, 4)).toBeNull();
  });
});

describe('segment to box distance', () => {
  const box = { left: 0, top: 0, right: 10, bottom: 10 };

  it('is zero when the segment crosses the box', () => {
    expect(segmentBoxDistance({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(0);
  });

  it('measures from the nearest corner or side', () => {
    expect(segmentBoxDistance({ x: 20, y: 0 }, { x: 20, y: 10 }, box)).toBe(10);
    expect(segmentBoxDistance({ x: 13, y: 20 }, { x: 20, y: 13 }, box)).toBeCloseTo(
      13 / Math.SQRT2,
      10,
    );
  });
});
