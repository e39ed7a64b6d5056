import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placePopover } from './placement';

const stage = { left: 0, top: 100, width: 800, height: 500 };
const popover = { width: 320, height: 300 };

describe('placePopover', () => {
  it('puts the popover right of a marker in the west, clear of the marker', () => {
    const anchor = { left: 100, top: 300, width: 90, height: 24 };
    const p = placePopover(anchor, stage, popover);
    expect(p).toMatchObject({ mode: 'beside', side: 'right', left: 190 + GAP });
  });

  it('puts the popover left of a marker in the east', () => {
    const anchor = { left: 620, top: 300, width: 120, height: 40 };
    const p = placePopover(anchor, stage, popover);
    expect(p).toMatchObject({ mode: 'beside', side: 'left', left: 620 - GAP - 320 });
  });

  it('centres it on the marker but keeps it inside the map', () => {
    const high = placePopover({ left: 100, top: 105, width: 50, height: 24 }, stage, popover);
    const low = placePopover({ left: 100, top: 590, width: 50, height: 24 }, stage, popover);
    expect(high).toMatchObject({ top: 100 + MARGIN });
    expect(low).toMatchObject({ top: 600 - MARGIN - 300 });
  });

  it('caps a tall popover at the map’s height', () => {
    const p = placePopover({ left: 100, top: 300, width: 50, height: 24 }, stage, {
      width: 320,
      height: 2000,
    });
    expect(p).toMatchObject({ mode: 'beside', top: 100 + MARGIN, maxHeight: 500 - 2 * MARGIN });
  });

  it('becomes a bottom sheet when neither side has room', () => {
    const narrow = { left: 0, top: 0, width: 360, height: 270 };
    expect(placePopover({ left: 150, top: 100, width: 60, height: 24 }, narrow, popover)).toEqual({
      mode: 'sheet',
    });
  });
});
