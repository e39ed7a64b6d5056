import staticMapPaths from 'virtual:static-map-paths';
import { en } from '../content/strings/en';
import { useAppStore } from '../store/app-store';
import { MapStage } from '../map/map-stage';
import { CityMarkers, populationScale } from '../features/city-markers/city-markers';
import { MapLegend } from '../features/map-legend/map-legend';
import { CityPopover } from '../features/city-popover/city-popover';
import { CityList } from '../features/city-list/city-list';
import { Toolbar } from '../features/toolbar/toolbar';
import { UrlNotice } from '../features/toolbar/url-notice';
import { ReportPanel } from '../features/report-panel/report-panel';
import { SourcesSection } from '../features/sources/sources-section';
import { AnnotationCallout } from '../features/annotation/annotation-callout';
import { AnnotationDetails } from '../features/annotation/annotation-details';

/** MapLibre's built-in control labels, in the page's language. */
const MAP_LOCALE = {
  'NavigationControl.ZoomIn': 'Zoom in',
  'NavigationControl.ZoomOut': 'Zoom out',
};

export function App() {
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
            <MapStage paths={staticMapPaths} label={en.mapLabel} locale={MAP_LOCALE}>
              <AnnotationCallout />
              <CityMarkers />
            </MapStage>
            <AnnotationDetails />
            <figcaption className="map-caption">
              <MapLegend scale={populationScale} />
              <p className="source-line">{en.sourceLine}</p>
              <p className="credit-line">{en.mapDataCredit}</p>
            </figcaption>
          </figure>
          {view === 'list' ? <CityList /> : null}
        </div>
        <aside className="page-main__aside">
          <ReportPanel />
        </aside>
      </main>
      <SourcesSection />
      <CityPopover />
    </div>
  );
}
