import { useEffect, useRef, useState, type ReactNode } from 'react';
import { StaticMap } from './static-map';
import { loadLiveMapModule, whenMapWanted } from './load-policy';
import { setMapState } from './map-state';
import type { StaticMapSource } from './static-map-paths';
import type { LiveMap } from './live-map';
import { useAppStore } from '../store/app-store';

interface Props {
  basemap: StaticMapSource;
  label: string;
  /** MapLibre's own UI strings. */
  locale: Record<string, string>;
  zoomInLabel: string;
  zoomOutLabel: string;
  /** Said when the interactive map cannot start here (no WebGL). */
  fallbackNote: string;
  /** Embeds: MapLibre's cooperative gestures, so the page scrolls past the map. */
  cooperativeGestures?: boolean;
  /** Present mode: the point the map should move to (null: the home frame). */
  focus?: { lon: number; lat: number } | null;
  /**
   * What sits on the map (markers, annotation): rendered in the overlay, whose
   * --s/--ox/--oy frame variables place any `.map-point` child.
   */
  children: ReactNode;
}

/**
 * The map's frame: the static SVG underneath (prerendered, so it paints with
 * no script), MapLibre's canvas over it once loaded, and the overlay on top.
 * MapLibre arrives by dynamic import when it is wanted (load-policy.ts); the
 * zoom buttons work from the start and bring it in if it is not there yet.
 */
export function MapStage({
  basemap,
  label,
  locale,
  zoomInLabel,
  zoomOutLabel,
  fallbackNote,
  cooperativeGestures,
  focus,
  children,
}: Props) {
  const [fallback, setFallback] = useState(false);
  const stageRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<Promise<LiveMap | null> | null>(null);
  // Read once, when the map is built: a new object from a parent's render must not rebuild it.
  const optionsRef = useRef({ locale, cooperativeGestures });
  const loadRef = useRef<() => Promise<LiveMap | null>>(() => Promise.resolve(null));

  useEffect(() => {
    const stage = stageRef.current;
    const container = liveRef.current;
    const overlay = overlayRef.current;
    if (!stage || !container || !overlay) return;
    let cancelled = false;
    loadRef.current = () => {
      mapRef.current ??= loadLiveMapModule()
        .then(({ createLiveMap }) =>
          cancelled
            ? null
            : createLiveMap({
                container,
                overlay,
                ...optionsRef.current,
                // The GPU kept losing it: the static map stays, as without WebGL.
                onUnavailable: () => {
                  if (!cancelled) setFallback(true);
                },
              }),
        )
        .catch(() => {
          // No WebGL (GPUInitializationError) or the library could not load:
          // the static map stays, with everything on it working.
          if (!cancelled) {
            setMapState('fallback');
            setFallback(true);
          }
          return null;
        });
      return mapRef.current;
    };
    const stopWaiting = whenMapWanted(
      stage,
      useAppStore.getState().mode,
      () => void loadRef.current(),
    );

    // Theme changes (the store's, or the system's under "auto") recolour the map.
    const recolour = () => void mapRef.current?.then((map) => map?.refreshColors());
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', recolour);
    const stopTheme = useAppStore.subscribe((state, previous) => {
      if (state.theme !== previous.theme) recolour();
    });

    return () => {
      cancelled = true;
      stopWaiting();
      stopTheme();
      scheme.removeEventListener('change', recolour);
      void mapRef.current?.then((map) => map?.destroy());
      mapRef.current = null;
    };
  }, []);

  // A presentation step moves the map (and so brings MapLibre in if it is not there yet).
  const focusLon = focus?.lon;
  const focusLat = focus?.lat;
  useEffect(() => {
    if (focus === undefined) return;
    const point =
      focusLon === undefined || focusLat === undefined ? null : { lon: focusLon, lat: focusLat };
    void loadRef.current().then((map) => map?.focusOn(point));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the point's numbers are the dependency
  }, [focusLon, focusLat, focus === undefined]);

  // The page's language: MapLibre's own strings (the canvas's name) follow it.
  const localeKey = JSON.stringify(locale);
  useEffect(() => {
    optionsRef.current.locale = locale;
    void mapRef.current?.then((map) => map?.setLocale(locale));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the strings, not the object, are the dependency
  }, [localeKey]);

  const zoom = (delta: number) => void loadRef.current().then((map) => map?.zoomBy(delta));

  return (
    <>
      {/* Above the map, not on it, so that it never covers a city. */}
      <p className="map-fallback-note" role="status">
        {fallback ? fallbackNote : ''}
      </p>
      <div className="map-stage" ref={stageRef} role="region" aria-label={label}>
        <StaticMap basemap={basemap} />
        <div className="map-live" ref={liveRef} />
        <div className="map-overlay" ref={overlayRef}>
          {children}
        </div>
        <div className="map-zoom" hidden={fallback}>
          <button
            type="button"
            className="map-zoom__button"
            aria-label={zoomInLabel}
            onClick={() => zoom(1)}
          >
            <span aria-hidden="true">+</span>
          </button>
          <button
            type="button"
            className="map-zoom__button"
            aria-label={zoomOutLabel}
            onClick={() => zoom(-1)}
          >
            <span aria-hidden="true">−</span>
          </button>
        </div>
      </div>
    </>
  );
}
