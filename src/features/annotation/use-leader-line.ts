import { useEffect, type RefObject } from 'react';
import { MAP_FRAME_EVENT } from '../../map/map-state';
import { leaderSegment } from './leader-geometry';

/** Radius of the ring drawn at the anchor, in px (see .annotation-anchor). */
const RING_RADIUS = 5;

/**
 * Keeps the leader line between the callout and its anchor. It measures
 * instead of computing from the frame variables because the callout's size
 * depends on its text; it writes the line's attributes directly, so React
 * does not re-render as the map moves.
 */
export function useLeaderLine(
  callout: RefObject<HTMLElement | null>,
  anchor: RefObject<HTMLElement | null>,
  line: RefObject<SVGLineElement | null>,
): void {
  useEffect(() => {
    const box = callout.current;
    const point = anchor.current;
    const path = line.current;
    const overlay = box?.closest<HTMLElement>('.map-overlay');
    if (!box || !point || !path || !overlay) return;

    const update = () => {
      const o = overlay.getBoundingClientRect();
      const c = box.getBoundingClientRect();
      const a = point.getBoundingClientRect();
      const toOverlay = (r: DOMRect) => ({
        left: r.left - o.left,
        top: r.top - o.top,
        right: r.right - o.left,
        bottom: r.bottom - o.top,
      });
      // Whatever can be pressed on the map (the city buttons) is kept clear of.
      const obstacles = Array.from(overlay.querySelectorAll('.map-point button'), (b) =>
        toOverlay(b.getBoundingClientRect()),
      );
      // A hidden anchor (narrow maps) has no boxes.
      const segment =
        point.getClientRects().length === 0
          ? null
          : leaderSegment(
              toOverlay(c),
              { x: a.left - o.left, y: a.top - o.top },
              { left: 0, top: 0, right: o.width, bottom: o.height },
              RING_RADIUS,
              obstacles,
            );
      if (!segment) {
        path.setAttribute('visibility', 'hidden');
        return;
      }
      path.removeAttribute('visibility');
      path.setAttribute('x1', segment.x1.toFixed(1));
      path.setAttribute('y1', segment.y1.toFixed(1));
      path.setAttribute('x2', segment.x2.toFixed(1));
      path.setAttribute('y2', segment.y2.toFixed(1));
    };

    update();
    const observer = new ResizeObserver(update);
    observer.observe(overlay);
    observer.observe(box);
    overlay.addEventListener(MAP_FRAME_EVENT, update);
    return () => {
      observer.disconnect();
      overlay.removeEventListener(MAP_FRAME_EVENT, update);
    };
  }, [callout, anchor, line]);
}
