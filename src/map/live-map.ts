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
 * - Without WebGL, `new Map()` throws; the caller keeps the static map.
 * - If the GPU context is lost, the static map shows through (the overlay
 *   returns to the home frame) until MapLibre restores it; if it does not
 *   within a few seconds, the map is rebuilt, at most twice per page load: a
 *   device that cannot keep a context (some browsers lose every one) would
 *   otherwise rebuild for ever, a drain on battery and CPU and a flickering
 *   map. After that the static map stays, as without WebGL (`fallback`);
 *   only a reload tries again.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { workerUrl } from './worker-url';
import basemapJson from '../../data/basemap.topo.json';
import { basemapLayers, type BasemapTopology } from './basemap-features';
import { mapStyle, STATES_LAYER, THEMED_PAINT } from './map-style';
import { readLineWidths, readMapColors } from './map-colors';
import { cameraForFrame, fitFrame, toWorld } from './projection';
import { HOME_BOUNDS, HOME_PADDING } from './frame-config';
import { MAP_FRAME_EVENT, setMapState } from './map-state';
import { keepMapFilesOffline } from './offline-cache';

setWorkerUrl(workerUrl);

/** How long a lost GPU context may stay lost before the map is rebuilt. */
const CONTEXT_RESTORE_TIMEOUT_MS = 3000;
/** Rebuilds after unrestored losses, per page load (every map on the page counts). */
const MAX_REBUILDS = 2;
let rebuildsThisPage = 0;
const FRAME_VARS = ['--s', '--ox', '--oy'];

export interface LiveMapOptions {
  /** Element MapLibre draws into; it fills the map stage. */
  container: HTMLElement;
  /** Element whose --s/--ox/--oy place everything on the map (markers, annotation). */
  overlay: HTMLElement;
  /** UI strings MapLibre shows (the cooperative-gestures hint). */
  locale: Record<string, string>;
  /** Embeds: the wheel scrolls the page and one finger pans it; Ctrl/⌘ + wheel or two fingers move the map. */
  cooperativeGestures?: boolean;
  /** The GPU keeps losing the map: it has been removed for good and the static map stays. */
  onUnavailable?: () => void;
}

export interface LiveMap {
  /** Re-reads the theme's colours from CSS. */
  refreshColors(): void;
  /** Zooms in (+1) or out (-1) about the centre; instantly when motion is reduced. */
  zoomBy(delta: number): void;
  /**
   * The page's language changed: the canvas's accessible name follows (and a
   * map rebuilt after a lost context uses the new strings). The
   * cooperative-gestures hint keeps the language the map was built in; embeds,
   * the only maps with that hint, are built after their language has loaded.
   */
  setLocale(locale: Record<string, string>): void;
  /** Moves to a point (a little closer in), or back to the home frame for null. */
  focusOn(point: { lon: number; lat: number } | null): void;
  destroy(): void;
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function homeCamera(container: HTMLElement) {
  const size = { width: container.clientWidth, height: container.clientHeight };
  return cameraForFrame(fitFrame(HOME_BOUNDS, size, HOME_PADDING), size);
}

const layers = basemapLayers(basemapJson as unknown as BasemapTopology);

/** Throws (MapLibre's GPUInitializationError) where WebGL is unavailable. */
export function createLiveMap(initial: LiveMapOptions): LiveMap {
  const options = { ...initial };
  const { container, overlay } = options;
  let handle = buildMap(options);
  let restoreTimer = 0;
  let destroyed = false;

  const clearFrame = () => {
    for (const name of FRAME_VARS) overlay.style.removeProperty(name);
    overlay.dispatchEvent(new Event(MAP_FRAME_EVENT));
  };

  function watchContext(current: MapHandle) {
    current.map.on('webglcontextlost', () => {
      // Show the static map in the meantime, with the markers back on its frame.
      setMapState('static');
      clearFrame();
      window.clearTimeout(restoreTimer);
      restoreTimer = window.setTimeout(() => {
        if (destroyed) return;
        current.map.remove();
        if (rebuildsThisPage >= MAX_REBUILDS) {
          destroyed = true;
          setMapState('fallback');
          options.onUnavailable?.();
          return;
        }
        rebuildsThisPage += 1;
        handle = buildMap(options);
        watchContext(handle);
      }, CONTEXT_RESTORE_TIMEOUT_MS);
    });
    current.map.on('webglcontextrestored', () => {
      window.clearTimeout(restoreTimer);
      current.recheckDrawn();
    });
  }
  watchContext(handle);

  return {
    setLocale(locale) {
      options.locale = locale;
      if (destroyed) return;
      const title = locale['Map.Title'];
      if (title) handle.map.getCanvas().setAttribute('aria-label', title);
    },
    refreshColors() {
      if (destroyed) return;
      const colors = readMapColors(container);
      for (const [layer, property, key] of THEMED_PAINT) {
        handle.map.setPaintProperty(layer, property, colors[key]);
      }
      const widths = readLineWidths(container);
      handle.map.setPaintProperty('state-lines', 'line-width', widths.state);
      handle.map.setPaintProperty('nation-line', 'line-width', widths.nation);
    },
    zoomBy(delta) {
      if (destroyed) return;
      handle.setHome(false);
      handle.map.zoomTo(handle.map.getZoom() + delta, { duration: reducedMotion() ? 0 : 250 });
    },
    focusOn(point) {
      if (destroyed) return;
      const duration = reducedMotion() ? 0 : 1200;
      const home = homeCamera(container);
      handle.setHome(point === null);
      const target = point ?? home.center;
      handle.map.flyTo({
        center: [target.lon, target.lat],
        zoom: point ? home.zoom + 1.3 : home.zoom,
        duration,
        essential: false,
      });
    },
    destroy() {
      const removed = destroyed;
      destroyed = true;
      window.clearTimeout(restoreTimer);
      if (!removed) handle.map.remove();
      clearFrame();
    },
  };
}

interface MapHandle {
  map: MapLibreMap;
  /** False once the map was moved away from home: stop re-fitting it on resize. */
  setHome(atHome: boolean): void;
  /** Wait for the states to be drawn again, then say `interactive`. */
  recheckDrawn(): void;
}

function buildMap({ container, overlay, locale, cooperativeGestures }: LiveMapOptions): MapHandle {
  const home = homeCamera(container);
  const map = new MapLibreMap({
    container,
    style: mapStyle(layers, readMapColors(container), readLineWidths(container)),
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
    cooperativeGestures: cooperativeGestures ?? false,
    locale,
    fadeDuration: 0,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();

  // Until the reader moves the map, it stays on the home frame whatever the container's size.
  let atHome = true;
  const leaveHome = (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) atHome = false;
  };
  map.on('movestart', leaveHome);
  map.on('zoomstart', leaveHome);

  const writeFrame = () => {
    const scale = 2 ** map.getZoom();
    const center = toWorld({ lon: map.getCenter().lng, lat: map.getCenter().lat });
    overlay.style.setProperty('--s', `${scale}px`);
    overlay.style.setProperty('--ox', `${container.clientWidth / 2 - center.x * scale}px`);
    overlay.style.setProperty('--oy', `${container.clientHeight / 2 - center.y * scale}px`);
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

  // Interactive only once states are really on screen (after load, and after a restored context).
  const checkDrawn = () => {
    if (map.queryRenderedFeatures({ layers: [STATES_LAYER] }).length === 0) return;
    map.off('idle', checkDrawn);
    writeFrame();
    setMapState('interactive');
    keepMapFilesOffline([workerUrl, import.meta.url]);
  };
  map.on('idle', checkDrawn);
  return {
    map,
    setHome: (home) => {
      atHome = home;
    },
    recheckDrawn: () => {
      map.on('idle', checkDrawn);
      map.triggerRepaint();
    },
  };
}
