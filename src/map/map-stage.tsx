import { useEffect, useRef, type ReactNode } from 'react';
import { StaticMap } from './static-map';
import { homeFrameVars } from './frame-style';
import { setMapState } from './map-state';
import type { StaticMapPaths } from './static-map-paths';
import type { LiveMap } from './live-map';

interface Props {
  paths: StaticMapPaths;
  label: string;
  /** MapLibre's own UI strings. */
  locale: Record<string, string>;
  /** The marker layer; it must render one element with class `map-markers`. */
  children: ReactNode;
}

/**
 * The map's frame: the static SVG underneath, MapLibre's canvas over it once
 * loaded, and the marker layer on top. MapLibre arrives by dynamic import so
 * that the page paints without waiting for it.
 */
export function MapStage({ paths, label, locale, children }: Props) {
  const stageRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const stage = stageRef.current;
    const container = liveRef.current;
    const markerLayer = stage?.querySelector<HTMLElement>('.map-markers');
    if (!container || !markerLayer) return;
    setMapState('static');
    let live: LiveMap | null = null;
    let cancelled = false;
    void import('./live-map').then(({ createLiveMap }) => {
      if (!cancelled) live = createLiveMap({ container, markerLayer, locale });
    });
    return () => {
      cancelled = true;
      live?.destroy();
    };
  }, [locale]);

  return (
    <div
      className="map-stage"
      ref={stageRef}
      style={homeFrameVars}
      role="region"
      aria-label={label}
    >
      <StaticMap paths={paths} />
      <div className="map-live" ref={liveRef} />
      {children}
    </div>
  );
}
