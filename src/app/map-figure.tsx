import { useLocale } from '../store/locale-store';
import type { Strings } from '../content/strings/types';
import { ErrorBoundary } from '../components/error-boundary';
import { Deferred } from '../components/deferred';
import { MapStage } from '../map/map-stage';
import type { StaticMapSource } from '../map/static-map-paths';
import { CityMarkers } from '../features/city-markers/city-markers';
import { MapLegend } from '../features/map-legend/map-legend';
import { AnnotationCallout } from '../features/annotation/annotation-callout';
import { AnnotationDetails } from '../features/annotation/annotation-details';

/** MapLibre's built-in UI strings (the canvas's name, the cooperative-gestures hint), in the page's language. */
function mapLibreLocale(t: Strings): Record<string, string> {
  return {
    'Map.Title': t.mapCanvasLabel,
    'CooperativeGesturesHandler.WindowsHelpText': t.gestures.windows,
    'CooperativeGesturesHandler.MacHelpText': t.gestures.mac,
    'CooperativeGesturesHandler.MobileHelpText': t.gestures.mobile,
  };
}

/** Everything MapStage says, in the page's language (every mode's map says the same). */
export function mapStageWords(t: Strings) {
  return {
    label: t.mapLabel,
    locale: mapLibreLocale(t),
    zoomInLabel: t.zoomIn,
    zoomOutLabel: t.zoomOut,
    fallbackNote: t.mapFallback,
  };
}

interface Props {
  basemap: StaticMapSource;
  hidden?: boolean;
  /** Embeds: the wheel and one finger scroll the page, not the map. */
  cooperativeGestures?: boolean;
}

/** The map with its cities, annotation, legend and credits: the same in every mode. */
export function MapFigure({ basemap, hidden, cooperativeGestures }: Props) {
  const { t } = useLocale();
  return (
    <figure className="map-figure" hidden={hidden}>
      <ErrorBoundary message={t.failed.map}>
        <MapStage basemap={basemap} {...mapStageWords(t)} cooperativeGestures={cooperativeGestures}>
          <ErrorBoundary message={t.failed.annotation}>
            <AnnotationCallout />
          </ErrorBoundary>
          <CityMarkers />
        </MapStage>
      </ErrorBoundary>
      <ErrorBoundary message={t.failed.annotation}>
        <Deferred>
          <AnnotationDetails />
        </Deferred>
      </ErrorBoundary>
      <figcaption className="map-caption">
        <Deferred>
          <MapLegend />
        </Deferred>
        <p className="source-line">{t.sourceLine}</p>
        <p className="credit-line">{t.mapDataCredit}</p>
      </figcaption>
    </figure>
  );
}
