/** A box in px, relative to the map overlay. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Keeps the line's foot off the callout's rounded corners. */
const INSET = 12;
/** Spacing of the candidate feet along the callout's top, in px. */
const STEP = 4;
/** Clearance from a city beyond which a line is as good as any, in px. */
const CLEAR = 20;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function pointBoxDistance(p: Point, box: Box): number {
  const dx = Math.max(box.left - p.x, 0, p.x - box.right);
  const dy = Math.max(box.top - p.y, 0, p.y - box.bottom);
  return Math.hypot(dx, dy);
}

function pointSegmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1), 0, 1);
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Liang–Barsky: does the segment a–b cross the box? */
function crosses(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const p = [-dx, dx, -dy, dy];
  const q = [a.x - box.left, box.right - a.x, a.y - box.top, box.bottom - a.y];
  let t0 = 0;
  let t1 = 1;
  for (let i = 0; i < 4; i += 1) {
    const pi = p[i]!;
    const qi = q[i]!;
    if (pi === 0) {
      if (qi < 0) return false;
    } else if (pi < 0) {
      t0 = Math.max(t0, qi / pi);
    } else {
      t1 = Math.min(t1, qi / pi);
    }
    if (t0 > t1) return false;
  }
  return true;
}

/** Shortest distance between the segment a–b and a box (0 if they meet). */
export function segmentBoxDistance(a: Point, b: Point, box: Box): number {
  if (crosses(a, b, box)) return 0;
  const corners = [
    { x: box.left, y: box.top },
    { x: box.right, y: box.top },
    { x: box.left, y: box.bottom },
    { x: box.right, y: box.bottom },
  ];
  return Math.min(
    pointBoxDistance(a, box),
    pointBoxDistance(b, box),
    ...corners.map((c) => pointSegmentDistance(c, a, b)),
  );
}

/**
 * The leader from the callout to the anchor, stopping `gap` px short of the
 * anchor (the radius of its ring). When the anchor is above the callout the
 * line leaves the callout's top wherever it keeps clearest of `obstacles`
 * (the city buttons: Dallas sits just below the anchor in the home frame, so
 * a plain vertical line would graze it), and among equally clear feet the
 * shortest line wins. Null when there is nothing sensible to draw: the anchor
 * is off the map (panned away) or behind the callout.
 */
export function leaderSegment(
  callout: Box,
  anchor: Point,
  map: Box,
  gap: number,
  obstacles: readonly Box[] = [],
): Segment | null {
  const onMap =
    anchor.x >= map.left && anchor.x <= map.right && anchor.y >= map.top && anchor.y <= map.bottom;
  if (!onMap) return null;

  let foot: Point;
  if (anchor.y < callout.top) {
    const lo = Math.min(callout.left + INSET, callout.right);
    const hi = Math.max(callout.right - INSET, lo);
    foot = { x: clamp(anchor.x, lo, hi), y: callout.top };
    let best = -Infinity;
    for (let x = lo; x <= hi; x += STEP) {
      const candidate = { x, y: callout.top };
      const clearance = Math.min(
        CLEAR,
        ...obstacles.map((o) => segmentBoxDistance(candidate, anchor, o)),
      );
      const score = clearance * 1000 - Math.hypot(anchor.x - x, anchor.y - callout.top);
      if (score > best) {
        best = score;
        foot = candidate;
      }
    }
  } else {
    // Beside or below: the nearest point of the box.
    foot = {
      x: clamp(anchor.x, callout.left, callout.right),
      y: clamp(anchor.y, callout.top, callout.bottom),
    };
  }

  const dx = anchor.x - foot.x;
  const dy = anchor.y - foot.y;
  const length = Math.hypot(dx, dy);
  if (length <= gap) return null;
  return {
    x1: foot.x,
    y1: foot.y,
    x2: anchor.x - (dx / length) * gap,
    y2: anchor.y - (dy / length) * gap,
  };
}
