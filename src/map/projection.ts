/**
 * Web Mercator as MapLibre computes it, in "world units": the whole world is
 * 512 × 512 units at zoom 0, so at zoom z one unit is 2^z CSS pixels. Both
 * renderers (MapLibre and the static SVG) and the marker layer position
 * things with these functions, so they agree to the pixel.
 */

/** Side of the world square at zoom 0, in CSS px (MapLibre's tile size). */
export const WORLD_SIZE = 512;

export interface LngLat {
  lon: number;
  lat: number;
}

/** A point in world units (0..512 on both axes; y grows southwards). */
export interface WorldPoint {
  x: number;
  y: number;
}

export function toWorld({ lon, lat }: LngLat): WorldPoint {
  const x = ((180 + lon) / 360) * WORLD_SIZE;
  const y =
    ((180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360) *
    WORLD_SIZE;
  return { x, y };
}

export function fromWorld({ x, y }: WorldPoint): LngLat {
  const lon = (x / WORLD_SIZE) * 360 - 180;
  const y2 = 180 - (y / WORLD_SIZE) * 360;
  const lat = (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90;
  return { lon, lat };
}

/** A west/south/east/north box in degrees. */
export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Space kept free inside the map's edges, in CSS px. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * How world units map to the container's pixels: px = origin + world * scale.
 * `scale` is CSS px per world unit (= 2^zoom).
 */
export interface Frame {
  scale: number;
  originX: number;
  originY: number;
}

/** The box in world units: x0/y0 top-left. */
export function worldBox(bounds: Bounds): { x0: number; y0: number; x1: number; y1: number } {
  const nw = toWorld({ lon: bounds.west, lat: bounds.north });
  const se = toWorld({ lon: bounds.east, lat: bounds.south });
  return { x0: nw.x, y0: nw.y, x1: se.x, y1: se.y };
}

/**
 * Fits `bounds` inside `size` less `padding`, centred, as large as fits: the
 * same rule as SVG `preserveAspectRatio="xMidYMid meet"` on an inset box, and
 * as MapLibre's `fitBounds` with padding (without its rounding).
 */
export function fitFrame(bounds: Bounds, size: Size, padding: Padding): Frame {
  const box = worldBox(bounds);
  const innerWidth = Math.max(1, size.width - padding.left - padding.right);
  const innerHeight = Math.max(1, size.height - padding.top - padding.bottom);
  const scale = Math.min(innerWidth / (box.x1 - box.x0), innerHeight / (box.y1 - box.y0));
  const centerX = (box.x0 + box.x1) / 2;
  const centerY = (box.y0 + box.y1) / 2;
  return {
    scale,
    originX: padding.left + innerWidth / 2 - centerX * scale,
    originY: padding.top + innerHeight / 2 - centerY * scale,
  };
}

/** Pixel position of a point in a frame. */
export function projectInFrame(frame: Frame, point: LngLat): { x: number; y: number } {
  const world = toWorld(point);
  return { x: frame.originX + world.x * frame.scale, y: frame.originY + world.y * frame.scale };
}

/** The MapLibre camera (centre and zoom) that shows `frame` in a container of `size`. */
export function cameraForFrame(frame: Frame, size: Size): { center: LngLat; zoom: number } {
  const center = fromWorld({
    x: (size.width / 2 - frame.originX) / frame.scale,
    y: (size.height / 2 - frame.originY) / frame.scale,
  });
  return { center, zoom: Math.log2(frame.scale) };
}
