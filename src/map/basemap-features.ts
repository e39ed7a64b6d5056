/**
 * Turns the shipped TopoJSON (data/basemap.topo.json, made by
 * scripts/build-basemap.mjs) into the GeoJSON both renderers draw: the U.S.
 * land as one shape, the lines between states, the national outline (coast and
 * international border), and the neighbouring countries' land.
 */
import { feature, mesh, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';

export type BasemapTopology = Topology<{
  states: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
  lakes: GeometryCollection;
}>;

export interface BasemapLayers {
  /** Every state, for the fill (and for checking what MapLibre drew). */
  states: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  /** The states merged into one shape: the static map fills and outlines it. */
  nation: Feature<MultiPolygon>;
  /** Lines shared by two states. */
  stateLines: Feature<MultiLineString>;
  /** The U.S. outline: coast and international borders. */
  nationOutline: Feature<MultiLineString>;
  /** Neighbouring land (Canada, Mexico, the Caribbean), drawn muted. */
  neighbours: Feature<MultiPolygon>;
  /** Lakes, drawn as water over the neighbouring land (which includes them). */
  lakes: Feature<MultiPolygon>;
}

export function basemapLayers(topology: BasemapTopology): BasemapLayers {
  const { states, land, lakes } = topology.objects;
  return {
    states: feature(topology, states) as BasemapLayers['states'],
    nation: {
      type: 'Feature',
      properties: {},
      geometry: merge(topology, states.geometries as never),
    },
    stateLines: {
      type: 'Feature',
      properties: {},
      geometry: mesh(topology, states, (a, b) => a !== b),
    },
    nationOutline: {
      type: 'Feature',
      properties: {},
      geometry: mesh(topology, states, (a, b) => a === b),
    },
    neighbours: {
      type: 'Feature',
      properties: {},
      geometry: merge(topology, land.geometries as never),
    },
    lakes: {
      type: 'Feature',
      properties: {},
      geometry: merge(topology, lakes.geometries as never),
    },
  };
}
