import { describe, expect, it } from 'vitest';
import { MercatorCoordinate } from 'maplibre-gl';
import { cameraForFrame, fitFrame, projectInFrame, WORLD_SIZE } from './projection';
import { HOME_BOUNDS, HOME_PADDING } from './frame-config';
import cities from '../../data/cities.json';

/**
 * MapLibre's own projection of a point for a camera (centre, zoom) in a
 * container, built from its public MercatorCoordinate: what `map.project()`
 * returns with no rotation or pitch.
 */
function maplibreProject(
  point: { lon: number; lat: number },
  camera: { center: { lon: number; lat: number }; zoom: number },
  size: { width: number; height: number },
) {
  const worldSize = WORLD_SIZE * 2 ** camera.zoom;
  const p = MercatorCoordinate.fromLngLat({ lng: point.lon, lat: point.lat });
  const c = MercatorCoordinate.fromLngLat({ lng: camera.center.lon, lat: camera.center.lat });
  return {
    x: size.width / 2 + (p.x - c.x) * worldSize,
    y: size.height / 2 + (p.y - c.y) * worldSize,
  };
}

describe('the static SVG frame and MapLibre put each city on the same pixel', () => {
  const sizes = [
    { width: 320, height: 240 },
    { width: 760, height: 475 },
    { width: 1880, height: 900 },
  ];
  it.each(sizes)('at $width×$height, within 1 px', (size) => {
    const frame = fitFrame(HOME_BOUNDS, size, HOME_PADDING);
    const camera = cameraForFrame(frame, size);
    for (const city of cities) {
      const ours = projectInFrame(frame, city.coordinates);
      const theirs = maplibreProject(city.coordinates, camera, size);
      expect(Math.abs(ours.x - theirs.x), city.id).toBeLessThan(1);
      expect(Math.abs(ours.y - theirs.y), city.id).toBeLessThan(1);
    }
  });
});
