import type { CSSProperties } from 'react';
import { HOME_BOUNDS, HOME_PADDING } from './frame-config';
import { worldBox } from './projection';

const box = worldBox(HOME_BOUNDS);

/**
 * CSS custom properties that let the stylesheet compute the home frame from
 * the container's size alone (container query units), the same fit as
 * `fitFrame` in projection.ts: markers are placed before any script runs,
 * and stay put when MapLibre takes over.
 */
export const homeFrameVars = {
  '--pad-top': `${HOME_PADDING.top}px`,
  '--pad-right': `${HOME_PADDING.right}px`,
  '--pad-bottom': `${HOME_PADDING.bottom}px`,
  '--pad-left': `${HOME_PADDING.left}px`,
  '--frame-x0': box.x0.toFixed(6),
  '--frame-y0': box.y0.toFixed(6),
  '--frame-dx': (box.x1 - box.x0).toFixed(6),
  '--frame-dy': (box.y1 - box.y0).toFixed(6),
} as CSSProperties;
