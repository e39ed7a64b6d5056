/**
 * Where a city's popover goes: beside its marker, inside the map, on the side
 * with room, never covering the marker; or, where there is no such room (a
 * phone, the list view), as a bottom sheet.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type Placement =
  | { mode: 'beside'; side: 'left' | 'right'; left: number; top: number; maxHeight: number }
  | { mode: 'sheet' };

/** Gap between the marker and the popover, and margin inside the map, in px. */
export const GAP = 12;
export const MARGIN = 8;
/** Width of a popover beside its marker, in px. */
export const POPOVER_WIDTH = 340;

export function placePopover(
  anchor: Rect,
  stage: Rect,
  popover: { width: number; height: number },
): Placement {
  const stageRight = stage.left + stage.width;
  const roomRight = stageRight - MARGIN - (anchor.left + anchor.width + GAP);
  const roomLeft = anchor.left - GAP - (stage.left + MARGIN);
  let side: 'left' | 'right';
  if (popover.width <= roomRight && (roomRight >= roomLeft || popover.width > roomLeft)) {
    side = 'right';
  } else if (popover.width <= roomLeft) {
    side = 'left';
  } else {
    return { mode: 'sheet' };
  }
  const maxHeight = Math.max(0, stage.height - 2 * MARGIN);
  const height = Math.min(popover.height, maxHeight);
  const centre = anchor.top + anchor.height / 2;
  const top = Math.min(
    Math.max(centre - height / 2, stage.top + MARGIN),
    stage.top + stage.height - MARGIN - height,
  );
  const left =
    side === 'right' ? anchor.left + anchor.width + GAP : anchor.left - GAP - popover.width;
  return { mode: 'beside', side, left, top, maxHeight };
}
