/**
 * The MapLibre style as plain data: five GeoJSON sources from the shipped
 * basemap and six layers (the lakes drawn in the water's colour over the
 * neighbouring land, whose shapes include them). No tiles, no glyphs, no sprites: nothing is fetched.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { BasemapLayers } from './basemap-features';
import type { MapColors } from './map-colors';

export const STATES_LAYER = 'states-fill';

export function mapStyle(
  layers: BasemapLayers,
  colors: MapColors,
  widths = { state: 0.8, nation: 1.2 },
): StyleSpecification {
  return {
    version: 8,
    sources: {
      neighbours: { type: 'geojson', data: layers.neighbours },
      lakes: { type: 'geojson', data: layers.lakes },
      states: { type: 'geojson', data: layers.states },
      'state-lines': { type: 'geojson', data: layers.stateLines },
      nation: { type: 'geojson', data: layers.nationOutline },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': colors.water } },
      {
        id: 'neighbours-fill',
        type: 'fill',
        source: 'neighbours',
        paint: { 'fill-color': colors.neighbours, 'fill-antialias': true },
      },
      {
        id: 'lakes-fill',
        type: 'fill',
        source: 'lakes',
        paint: { 'fill-color': colors.water, 'fill-antialias': true },
      },
      { id: STATES_LAYER, type: 'fill', source: 'states', paint: { 'fill-color': colors.land } },
      {
        id: 'state-lines',
        type: 'line',
        source: 'state-lines',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': colors.stateLine, 'line-width': widths.state },
      },
      {
        id: 'nation-line',
        type: 'line',
        source: 'nation',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': colors.nationLine, 'line-width': widths.nation },
      },
    ],
  };
}

/** Paint properties that change with the theme, as [layer, property, colour key]. */
export const THEMED_PAINT = [
  ['water', 'background-color', 'water'],
  ['neighbours-fill', 'fill-color', 'neighbours'],
  ['lakes-fill', 'fill-color', 'water'],
  [STATES_LAYER, 'fill-color', 'land'],
  ['state-lines', 'line-color', 'stateLine'],
  ['nation-line', 'line-color', 'nationLine'],
] as const;
