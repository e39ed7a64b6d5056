/// <reference types="vite/client" />

declare module 'virtual:map-points.css';

declare module 'virtual:static-map-paths' {
  import type { StaticMapPaths } from './map/static-map-paths';
  const paths: StaticMapPaths;
  export default paths;
}
