import staticMapPaths from 'virtual:static-map-paths';
import { en } from '../content/strings/en';
import { MapStage } from '../map/map-stage';
import { CityMarkers, populationScale } from '../features/city-markers/city-markers';
import { MapLegend } from '../features/map-legend/map-legend';

/** MapLibre's built-in control labels, in the page's language. */
const MAP_LOCALE = {
  'NavigationControl.ZoomIn': 'Zoom in',
  'NavigationControl.ZoomOut': 'Zoom out',
};

export function App() {
  return (
    <div className="page">
      <header className="page-header">
        <p className="kicker">{en.kicker}</p>
        <h1>{en.title}</h1>
        <p className="dek">{en.dek}</p>
      </header>
      <main className="page-main">
        <figure className="map-figure">
          <MapStage paths={staticMapPaths} label={en.mapLabel} locale={MAP_LOCALE}>
            <CityMarkers />
          </MapStage>
          <figcaption className="map-caption">
            <MapLegend scale={populationScale} />
            <p className="source-line">{en.sourceLine}</p>
            <p className="credit-line">{en.mapDataCredit}</p>
          </figcaption>
        </figure>
      </main>
    </div>
  );
}
