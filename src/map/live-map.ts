/**
 * The MapLibre adapter: the only module that talks to maplibre-gl. It is
 * loaded with a dynamic import after the static map has painted.
 *
 * - The map starts at the same home frame the CSS computes (fitFrame), so the
 *   hand-over from the static SVG is invisible.
 * - The markers are not MapLibre markers: on every camera change the adapter
 *   writes the frame (--s, --ox, --oy) onto the overlay and CSS moves the
 *   buttons. React never re-renders on map movement.
 * - `mapState` becomes `interactive` only once state polygons are really on
 *   screen: `load` fires even when the worker is missing and nothing is drawn.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import basemapJson from '../../data/basemap.topo.json';
import { basemapLayers, type BasemapTopology } from './basemap-features';
import { mapStyle, STATES_LAYER, THEMED_PAINT } from './map-style';
import { readMapColors } from './map-colors';
import { cameraForFrame, fitFrame, toWorld } from './projection';
import { HOME_BOUNDS, HOME_PADDING } from './frame-config';
import { MAP_FRAME_EVENT, setMapState } from './map-state';

setWorkerUrl(workerUrl);

export interface LiveMapOptions {
  /** Element MapLibre draws into; it fills the map stage. */
  container: HTMLElement;
  /** Element whose --s/--ox/--oy place everything on the map (markers, annotation). */
  overlay: HTMLElement;
  /** UI strings MapLibre shows. */
  locale: Record<string, string>;
  /** Called once the states are really drawn. */
  onInteractive?: () => void;
}

export interface LiveMap {
  /** Re-reads the theme's colours from CSS. */
  refreshColors(): void;
  /** Zooms in (+1) or out (-1) about the centre; instantly when motion is reduced. */
  zoomBy(delta: number): void;
  destroy(): void;
}

function homeCamera(container: HTMLElement) {
  const size = { width: container.clientWidth, height: container.clientHeight };
  return cameraForFrame(fitFrame(HOME_BOUNDS, size, HOME_PADDING), size);
}

export function createLiveMap({
  container,
  overlay,
  locale,
  onInteractive,
}: LiveMapOptions): LiveMap {
  const layers = basemapLayers(basemapJson as unknown as BasemapTopology);
  const home = homeCamera(container);
  const map = new MapLibreMap({
    container,
    style: mapStyle(layers, readMapColors(container)),
    center: [home.center.lon, home.center.lat],
    zoom: home.zoom,
    minZoom: Math.max(0, home.zoom - 1),
    maxZoom: 9,
    renderWorldCopies: false,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    keyboard: true,
    locale,
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();

  // Until the reader moves the map, it stays on the home frame whatever the container's size.
  let atHome = true;
  map.on('movestart', (event) => {
    if ('originalEvent' in event && event.originalEvent) atHome = false;
  });
  map.on('zoomstart', (event) => {
    if ('originalEvent' in event && event.originalEvent) atHome = false;
  });

  const writeFrame = () => {
    const scale = 2 ** map.getZoom();
    const center = toWorld({ lon: map.getCenter().lng, lat: map.getCenter().lat });
    const width = container.clientWidth;
    const height = container.clientHeight;
    overlay.style.setProperty('--s', `${scale}px`);
    overlay.style.setProperty('--ox', `${width / 2 - center.x * scale}px`);
    overlay.style.setProperty('--oy', `${height / 2 - center.y * scale}px`);
    overlay.dispatchEvent(new Event(MAP_FRAME_EVENT));
  };
  map.on('move', writeFrame);
  map.on('resize', () => {
    if (atHome) {
      const camera = homeCamera(container);
      map.jumpTo({ center: [camera.center.lon, camera.center.lat], zoom: camera.zoom });
      map.setMinZoom(Math.max(0, camera.zoom - 1));
    }
    writeFrame();
  });

  const checkDrawn = () => {
    if (map.queryRenderedFeatures({ layers: [STATES_LAYER] }).length > 0) {
      writeFrame();
      setMapState('interactive');
      map.off('idle', checkDrawn);
      onInteractive?.();
    }
  };
  map.on('idle', checkDrawn);

  return {
    refreshColors() {
      const colors = readMapColors(container);
      for (const [layer, property, key] of THEMED_PAINT) {
        map.setPaintProperty(layer, property, colors[key]);
      }
    },
    zoomBy(delta) {
      atHome = false;
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      map.zoomTo(map.getZoom() + delta, { duration: reduce ? 0 : 250 });
    },
    destroy() {
      map.remove();
      for (const name of ['--s', '--ox', '--oy']) overlay.style.removeProperty(name);
    },
  };
}
