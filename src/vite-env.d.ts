/// <reference types="vite/client" />

declare module 'virtual:map-points.css';
declare module 'virtual:timeline.css';

declare module 'virtual:basemap-file' {
  /** The shared basemap SVG's address (under the site's base) and its viewBox. */
  const file: { url: string; viewBox: string };
  export default file;
}

declare module 'virtual:static-map-paths' {
  import type { StaticMapPaths } from './map/static-map-paths';
  const paths: StaticMapPaths;
  export default paths;
}

declare module 'virtual:host-script' {
  /** The pinned host script's file name (at the site's root) and its `integrity`. */
  const script: { file: string; integrity: string };
  export default script;
}

declare module 'virtual:timeline-years' {
  /** The timeline's year ticks (`1980`, `1985`…), from the notes' dates (timeline-ticks.ts). */
  const years: string[];
  export default years;
}

declare module 'virtual:annotation-bars' {
  /** The annotation chart's bar lengths, in chart units (index-scale.ts). */
  const bars: import('./features/annotation/index-scale').IndexValues;
  export default bars;
}

declare module 'virtual:core-content/*' {
  /** A language's core: the report, the annotation and each city's core (content-plugin.ts). */
  const content: import('./content/schema').CoreContent;
  export default content;
}

declare module 'virtual:full-content/*' {
  /** A language's whole edition, translated at build time (content-plugin.ts). */
  const content: import('./content/schema').Content;
  export default content;
}

declare module 'virtual:full-content-url/*' {
  /** Where the site serves a language's full content (content-plugin.ts). */
  const url: string;
  export default url;
}
