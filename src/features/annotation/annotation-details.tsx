import { AnnotationBody } from './annotation-body';

/**
 * The full annotation below a narrow map, where the callout on the map is cut
 * down to the figure and a short line. It is hidden (by a container query on
 * `.map-figure`) whenever the map is wide enough to show it all in the callout,
 * so screen readers meet it once at any width.
 */
export function AnnotationDetails() {
  return (
    <div className="annotation-details">
      <AnnotationBody />
    </div>
  );
}
