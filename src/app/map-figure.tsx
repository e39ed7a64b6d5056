import { en } from '../content/strings/en';
import { ErrorBoundary } from '../components/error-boundary';
import { MapStage } from '../map/map-stage';
import type { StaticMapPaths } from '../map/static-map-paths';
import { CityMarkers } from '../features/city-markers/city-markers';
import { MapLegend } from '../features/map-legend/map-legend';
import { AnnotationCallout } from '../features/annotation/annotation-callout';
import { AnnotationDetails } from '../features/annotation/annotation-details';

/** MapLibre's built-in UI strings (its cooperative-gestures hint), in the page's language. */
const MAP_LOCALE = {
  'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
  'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
  'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
};

interface Props {
  paths: StaticMapPaths;
  hidden?: boolean;
  /** Embeds: the wheel and one finger scroll the page, not the map. */
  cooperativeGestures?: boolean;
}

/** The map with its cities, annotation, legend and credits: the same in every mode. */
export function MapFigure({ paths, hidden, cooperativeGestures }: Props) {
  return (
    <figure className="map-figure" hidden={hidden}>
      <ErrorBoundary message={en.failed.map}>
        <MapStage
          paths={paths}
          label={en.mapLabel}
          locale={MAP_LOCALE}
          zoomInLabel={en.zoomIn}
          zoomOutLabel={en.zoomOut}
          fallbackNote={en.mapFallback}
          cooperativeGestures={cooperativeGestures}
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
  );
}
