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
  /**
   * What sits on the map (markers, annotation): rendered in the overlay, whose
   * --s/--ox/--oy frame variables place any `.map-point` child.
   */
  children: ReactNode;
}

/**
 * The map's frame: the static SVG underneath, MapLibre's canvas over it once
 * loaded, and the marker layer on top. MapLibre arrives by dynamic import so
 * that the page paints without waiting for it.
 */
export function MapStage({ paths, label, locale, children }: Props) {
  const liveRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = liveRef.current;
    const overlay = overlayRef.current;
    if (!container || !overlay) return;
    setMapState('static');
    let live: LiveMap | null = null;
    let cancelled = false;
    void import('./live-map').then(({ createLiveMap }) => {
      if (!cancelled) live = createLiveMap({ container, overlay, locale });
    });
    return () => {
      cancelled = true;
      live?.destroy();
    };
  }, [locale]);

  return (
    <div className="map-stage" style={homeFrameVars} role="region" aria-label={label}>
      <StaticMap paths={paths} />
      <div className="map-live" ref={liveRef} />
      <div className="map-overlay" ref={overlayRef}>
        {children}
      </div>
    </div>
  );
}
