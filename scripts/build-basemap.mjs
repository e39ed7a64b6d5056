// Derives the app's basemap from us-atlas and world-atlas (see README,
// "The basemap"). Run with `npm run basemap`; the output is committed as
// data/basemap.topo.json so that a build needs no network and no heavy step.
//
// What it does, and why:
// - U.S. states (us-atlas states-10m, 1:10m Census cartographic boundaries):
//   the 50 states and D.C.; territories are dropped (outside every frame).
//   The western Aleutians lie east of 180° longitude; drawn as they are they
//   wrap across the whole world as a stray sliver, so those parts are dropped.
// - Neighbouring land (world-atlas countries-50m, Natural Earth): every country
//   but the U.S., clipped to a box around North America so that only land a
//   frame of the lower 48 can show is shipped.
// - Lakes (@geo-maps/earth-lakes-10km, OpenStreetMap data, ODbL): world-atlas's
//   countries include their lakes, so north of the border the Great Lakes
//   would be drawn as land; the lakes a frame of the lower 48 can show are
//   clipped to a box around it and drawn as water over the neighbouring land
//   (the U.S. states already leave them out).
// - All are simplified (Visvalingam, planar, in degrees²) to what a 1920 px
//   wide frame of the lower 48 needs (about a pixel of error at that
//   size; the basemap is a backdrop for five points, and every byte of it is
//   paid before the first paint) and
//   quantized, then written as one TopoJSON so shared borders are stored once.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, filter, filterWeight } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const readJson = (id) => JSON.parse(readFileSync(require.resolve(id), 'utf8'));

const OUTPUT = new URL('../data/basemap.topo.json', import.meta.url);
/** lon/lat box of neighbouring land worth shipping: [west, south, east, north]. */
const CLIP = [-172, 8, -45, 66];
/** The lakes' box: what any frame of the lower 48, up to a wide 16:9, can show. */
const LAKES_CLIP = [-135, 18, -55, 57];
/** FIPS codes of territories (American Samoa, Guam, N. Mariana Is., Puerto Rico, U.S. Virgin Is.). */
const TERRITORIES = new Set(['60', '66', '69', '72', '78']);
const US_NUMERIC = '840';
/** Keep the simplest share of points that still draws the frame cleanly. */
const MIN_WEIGHT = 0.008;
/** Islands smaller than this (degrees²) are not seen at the widest frame. */
const ISLAND_MIN_WEIGHT = 0.08;
const QUANTIZE = 2e4;

const round = (n) => Math.round(n * 1e4) / 1e4;

/** Polygons of a (Multi)Polygon geometry as arrays of rings. */
function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function asGeometry(polygons) {
  if (polygons.length === 0) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

/** Drops polygon parts that lie east of the antimeridian (the western Aleutians). */
function dropEastOfAntimeridian(geometry) {
  const kept = polygonsOf(geometry).filter((rings) => rings[0].every(([lon]) => lon < 0));
  return asGeometry(kept);
}

/** Sutherland–Hodgman clip of one ring against one half-plane. */
function clipRing(ring, inside, intersect) {
  const out = [];
  for (let i = 0; i < ring.length; i += 1) {
    const current = ring[i];
    const previous = ring[(i + ring.length - 1) % ring.length];
    if (inside(current)) {
      if (!inside(previous)) out.push(intersect(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(intersect(previous, current));
    }
  }
  return out;
}

/** Clips a polygon (outer ring + holes) to a box; null if nothing is left. */
function clipPolygon(rings, box = CLIP) {
  const [west, south, east, north] = box;
  const atLon = (x) => (a, b) => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atLat = (y) => (a, b) => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  const edges = [
    [(p) => p[0] >= west, atLon(west)],
    [(p) => p[0] <= east, atLon(east)],
    [(p) => p[1] >= south, atLat(south)],
    [(p) => p[1] <= north, atLat(north)],
  ];
  const clipped = rings
    .map((ring) => {
      let open = ring.slice(0, -1);
      for (const [inside, intersect] of edges) {
        if (open.length === 0) break;
        open = clipRing(open, inside, intersect);
      }
      return open.length >= 3 ? [...open, open[0]] : null;
    })
    .filter(Boolean);
  // Without its outer ring a polygon's holes mean nothing.
  return clipped.length > 0 && clipped[0] === null ? null : clipped.length ? clipped : null;
}

function clipGeometry(geometry, box = CLIP) {
  const kept = polygonsOf(geometry)
    .map((rings) => clipPolygon(rings, box))
    .filter((rings) => rings !== null);
  return asGeometry(kept);
}

function withRoundedCoordinates(geometry) {
  const ring = (r) => r.map(([x, y]) => [round(x), round(y)]);
  return asGeometry(polygonsOf(geometry).map((rings) => rings.map(ring)));
}

const us = readJson('us-atlas/states-10m.json');
const world = readJson('world-atlas/countries-50m.json');

const states = feature(us, us.objects.states)
  .features.filter((f) => !TERRITORIES.has(String(f.id)))
  .map((f) => ({
    type: 'Feature',
    id: String(f.id),
    properties: { name: f.properties.name },
    geometry: withRoundedCoordinates(dropEastOfAntimeridian(f.geometry)),
  }));

const land = feature(world, world.objects.countries)
  .features.filter((f) => String(f.id) !== US_NUMERIC)
  .map((f) => ({ type: 'Feature', properties: {}, geometry: clipGeometry(f.geometry) }))
  .filter((f) => f.geometry !== null);

const lakesGeometry = clipGeometry(
  readJson('@geo-maps/earth-lakes-10km/map.geo.json').geometries[0],
  LAKES_CLIP,
);
const lakes = lakesGeometry
  ? [{ type: 'Feature', properties: {}, geometry: withRoundedCoordinates(lakesGeometry) }]
  : [];

let topo = topology({
  states: { type: 'FeatureCollection', features: states },
  land: { type: 'FeatureCollection', features: land },
  lakes: { type: 'FeatureCollection', features: lakes },
});
topo = presimplify(topo);
// Islands too small to see at the widest frame go; then the rest is simplified.
topo = filter(topo, filterWeight(topo, ISLAND_MIN_WEIGHT));
topo = simplify(topo, MIN_WEIGHT);
topo = quantize(topo, QUANTIZE);

const json = JSON.stringify(topo);
writeFileSync(OUTPUT, json + '\n');
const gz = gzipSync(json).length;
console.log(
  `basemap: ${states.length} states, ${land.length} neighbouring land features, ` +
    `${polygonsOf(lakesGeometry ?? { type: 'MultiPolygon', coordinates: [] }).length} lakes before simplification; ` +
    `${(json.length / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip`,
);
