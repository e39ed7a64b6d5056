import { en } from '../content/strings/en';
import { useAppStore } from '../store/app-store';
import { useUrlState } from './use-url-state';
import { ErrorBoundary } from '../components/error-boundary';
import { MapStage } from '../map/map-stage';
import type { StaticMapPaths } from '../map/static-map-paths';
import { CityMarkers } from '../features/city-markers/city-markers';
import { MapLegend } from '../features/map-legend/map-legend';
import { CityPopover } from '../features/city-popover/city-popover';
import { CityList } from '../features/city-list/city-list';
import { Toolbar } from '../features/toolbar/toolbar';
import { UrlNotice } from '../features/toolbar/url-notice';
import { ReportPanel } from '../features/report-panel/report-panel';
import { SourcesSection } from '../features/sources/sources-section';
import { AnnotationCallout } from '../features/annotation/annotation-callout';
import { AnnotationDetails } from '../features/annotation/annotation-details';

/** MapLibre's built-in UI strings, in the page's language. */
const MAP_LOCALE = {};

interface Props {
  /** The static map's path data (from the prerendered page, or built for dev). */
  paths: StaticMapPaths;
}

export function App({ paths }: Props) {
  useUrlState();
  const view = useAppStore((s) => s.view);
  return (
    <div className="page">
      <header className="page-header">
        <p className="kicker">{en.kicker}</p>
        <h1>{en.title}</h1>
        <p className="dek">{en.dek}</p>
      </header>
      <Toolbar />
      <UrlNotice />
      <main className="page-main">
        <div className="page-main__primary">
          <figure className="map-figure" hidden={view !== 'map'}>
            <ErrorBoundary message={en.failed.map}>
              <MapStage
                paths={paths}
                label={en.mapLabel}
                locale={MAP_LOCALE}
                zoomInLabel={en.zoomIn}
                zoomOutLabel={en.zoomOut}
                fallbackNote={en.mapFallback}
              >
                <ErrorBoundary message={en.failed.annotation}>
                  <AnnotationCallout />
                </ErrorBoundary>
                <CityMarkers />
              </MapStage>
            </ErrorBoundary>
            <ErrorBoundary message={en.failed.annotation}>
              <AnnotationDetails />
            </ErrorBoundary>
            <figcaption className="map-caption">
              <MapLegend />
              <p className="source-line">{en.sourceLine}</p>
              <p className="credit-line">{en.mapDataCredit}</p>
            </figcaption>
          </figure>
          {view === 'list' ? (
            <ErrorBoundary message={en.failed.list}>
              <CityList />
            </ErrorBoundary>
          ) : null}
        </div>
        <aside className="page-main__aside">
          <ErrorBoundary message={en.failed.report}>
            <ReportPanel />
          </ErrorBoundary>
        </aside>
      </main>
      <ErrorBoundary message={en.failed.sources}>
        <SourcesSection />
      </ErrorBoundary>
      <ErrorBoundary message={en.failed.popover}>
        <CityPopover />
      </ErrorBoundary>
    </div>
  );
}
