/**
 * The "library" baseline: MapLibre alone, drawing the app's own geometry in
 * the app's home frame with the five cities as HTML markers. It is what a
 * straightforward page would ship, so the app is measured against it. It uses
 * the app's converters (basemap-features, map-style, projection) so that both
 * draw exactly the same layers; only the colours are fixed (the light theme).
 */
import { Map as MapLibreMap, Marker, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import basemapJson from '../../data/basemap.topo.json';
import { basemapLayers, type BasemapTopology } from '../../src/map/basemap-features';
import { mapStyle, STATES_LAYER } from '../../src/map/map-style';
import { cameraForFrame, fitFrame } from '../../src/map/projection';
import { HOME_BOUNDS, HOME_PADDING } from '../../src/map/frame-config';

setWorkerUrl(workerUrl);

const COLORS = {
  water: '#dde8ef',
  land: '#fbfaf7',
  neighbours: '#e4e0d7',
  stateLine: '#8a8479',
  nationLine: '#534f48',
};

const container = document.getElementById('map');
if (!container) throw new Error('No #map element.');

const size = { width: container.clientWidth, height: container.clientHeight };
const home = cameraForFrame(fitFrame(HOME_BOUNDS, size, HOME_PADDING), size);

const map = new MapLibreMap({
  container,
  style: mapStyle(basemapLayers(basemapJson as unknown as BasemapTopology), COLORS),
  center: [home.center.lon, home.center.lat],
  zoom: home.zoom,
  maxZoom: 9,
  renderWorldCopies: false,
  attributionControl: false,
  dragRotate: false,
  fadeDuration: 0,
});

for (const city of __BENCH_CITIES__) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'city';
  button.textContent = city.name;
  button.setAttribute('aria-label', city.name);
  new Marker({ element: button }).setLngLat([city.lon, city.lat]).addTo(map);
}

// The same test as the app: `load` and `idle` fire even when nothing is drawn.
const checkDrawn = () => {
  if (map.queryRenderedFeatures({ layers: [STATES_LAYER] }).length > 0) {
    document.documentElement.dataset.mapState = 'interactive';
    map.off('idle', checkDrawn);
  }
};
map.on('idle', checkDrawn);
