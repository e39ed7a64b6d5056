import { describe, expect, it } from 'vitest';
import { cameraForFrame, fitFrame, fromWorld, projectInFrame, toWorld } from './projection';
import { HOME_BOUNDS, HOME_PADDING } from './frame-config';

describe('Web Mercator in world units', () => {
  it('puts (0°, 0°) at the centre of the 512-unit world', () => {
    expect(toWorld({ lon: 0, lat: 0 })).toEqual({ x: 256, y: 256 });
  });

  it('round-trips a city through world units', () => {
    const chicago = { lon: -87.6316, lat: 41.8839 };
    const back = fromWorld(toWorld(chicago));
    expect(back.lon).toBeCloseTo(chicago.lon, 9);
    expect(back.lat).toBeCloseTo(chicago.lat, 9);
  });
});

describe('the home frame', () => {
  const sizes = [
    { width: 320, height: 480 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ];

  it.each(sizes)('keeps the lower 48 inside the padded box at $width×$height', (size) => {
    const frame = fitFrame(HOME_BOUNDS, size, HOME_PADDING);
    const nw = projectInFrame(frame, { lon: HOME_BOUNDS.west, lat: HOME_BOUNDS.north });
    const se = projectInFrame(frame, { lon: HOME_BOUNDS.east, lat: HOME_BOUNDS.south });
    expect(nw.x).toBeGreaterThanOrEqual(HOME_PADDING.left - 1e-9);
    expect(nw.y).toBeGreaterThanOrEqual(HOME_PADDING.top - 1e-9);
    expect(se.x).toBeLessThanOrEqual(size.width - HOME_PADDING.right + 1e-9);
    expect(se.y).toBeLessThanOrEqual(size.height - HOME_PADDING.bottom + 1e-9);
  });

  it('gives a camera whose centre projects to the middle of the container', () => {
    const size = { width: 1280, height: 800 };
    const frame = fitFrame(HOME_BOUNDS, size, HOME_PADDING);
    const camera = cameraForFrame(frame, size);
    const middle = projectInFrame(frame, camera.center);
    expect(middle.x).toBeCloseTo(640, 6);
    expect(middle.y).toBeCloseTo(400, 6);
    expect(2 ** camera.zoom).toBeCloseTo(frame.scale, 9);
  });
});
