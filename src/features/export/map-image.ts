/**
 * "Download image": the current map view as a PNG for slides, with the
 * title, the city labels, the 15% annotation and the source line, drawn at
 * twice the screen's pixel density. The picture is an SVG built from the
 * static map's paths and the markers' current positions (so it is the view
 * on screen, panned or not), then rasterised on a canvas.
 */
import { SVG_PATH_GRID } from '../../map/svg-paths.ts';
import type { StaticMapPaths } from '../../map/static-map-paths';
import type { LabelSide } from '../city-markers/label-placement';

export interface ImageColors {
  page: string;
  ink: string;
  water: string;
  land: string;
  neighbours: string;
  stateLine: string;
  nationLine: string;
  marker: string;
  markerFill: string;
  halo: string;
}

/** The CSS custom property each colour of a picture comes from (themes live in CSS). */
export const IMAGE_COLOR_VARS: Record<keyof ImageColors, string> = {
  page: '--page-bg',
  ink: '--ink',
  water: '--map-water',
  land: '--map-land',
  neighbours: '--map-neighbours',
  stateLine: '--map-state-line',
  nationLine: '--map-nation-line',
  marker: '--marker',
  markerFill: '--marker-fill',
  halo: '--label-halo',
};

export interface ImageInput {
  /** The map's size in CSS px. */
  width: number;
  height: number;
  /** CSS px per world unit, and the pixel position of the world's origin. */
  frame: { scale: number; originX: number; originY: number };
  paths: StaticMapPaths;
  colors: ImageColors;
  /** Each marker's centre and radius in CSS px, and the side its label is on (as on screen). */
  cities: { name: string; x: number; y: number; radius: number; side: LabelSide }[];
  title: string;
  annotation: string;
  source: string;
}

const TITLE_LINE = 26;
const LINE = 18;
const LABEL_LINE = 16;

/** The title band's height: the title wraps (a Spanish title is long) rather than run off the image. */
export function titleBand(lines: number): number {
  return 18 + lines * TITLE_LINE;
}

/** Long names take two lines ("New York / City"), as their on-screen labels do. */
function labelLines(name: string): string[] {
  return name.length > 12 ? wrapText(name, 10) : [name];
}

/** Where a label's lines go, by side: the text anchor and each line's baseline. */
function placeLabel(x: number, y: number, r: number, side: LabelSide, lines: number) {
  const block = lines * LABEL_LINE;
  switch (side) {
    case 'left':
      return { x: x - r - 4, anchor: 'end', top: y + 5 - (block - LABEL_LINE) / 2 };
    case 'below':
      return { x, anchor: 'middle', top: y + r + 15 };
    case 'above':
      return { x, anchor: 'middle', top: y - r - 5 - (block - LABEL_LINE) };
    default:
      return { x: x + r + 4, anchor: 'start', top: y + 5 - (block - LABEL_LINE) / 2 };
  }
}

/** Breaks text into lines of at most `max` characters, at spaces (an estimate of width, good enough here). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The browser's own sans-serif (the download); the share card names its bundled font instead. */
export const SYSTEM_FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

/** What the map part of a picture needs: shared by the download and the share card. */
export type MapLayerInput = Pick<
  ImageInput,
  'width' | 'height' | 'frame' | 'paths' | 'colors' | 'cities'
> & { fontFamily?: string };

/**
 * The map at (x, y): water, neighbouring land, the states, and the cities
 * with their labels, clipped to its box. Same geometry as the static map.
 */
export function mapLayerSvg(input: MapLayerInput, x: number, y: number): string {
  const { width, height, frame, paths, colors: c } = input;
  const k = frame.scale / SVG_PATH_GRID;
  const font = `font-family='${esc(input.fontFamily ?? SYSTEM_FONT)}'`;
  const label = (city: ImageInput['cities'][number]) => {
    const lines = labelLines(city.name);
    const at = placeLabel(city.x, city.y, city.radius, city.side, lines.length);
    return lines
      .map(
        (text, i) =>
          `<text x='${at.x}' y='${at.top + i * LABEL_LINE}' text-anchor='${at.anchor}' font-size='14' font-weight='700' ${font} fill='${c.ink}' stroke='${c.halo}' stroke-width='3' paint-order='stroke' stroke-linejoin='round'>${esc(text)}</text>`,
      )
      .join('');
  };
  const cities = input.cities
    .map(
      (city) =>
        `<circle cx='${city.x}' cy='${city.y}' r='${city.radius}' fill='${c.markerFill}' stroke='${c.marker}' stroke-width='1.5'/>` +
        label(city),
    )
    .join('');
  return [
    `<svg x='${x}' y='${y}' width='${width}' height='${height}' overflow='hidden'>`,
    `<rect width='${width}' height='${height}' fill='${c.water}'/>`,
    `<g transform='translate(${frame.originX} ${frame.originY}) scale(${k})'>`,
    `<path d='${paths.neighbours}' fill='${c.neighbours}'/>`,
    `<path d='${paths.lakes}' fill='${c.water}'/>`,
    `<path d='${paths.land}' fill='${c.land}'/>`,
    `<path d='${paths.stateLines}' fill='none' stroke='${c.stateLine}' stroke-width='0.8' vector-effect='non-scaling-stroke'/>`,
    `<path d='${paths.nationOutline}' fill='none' stroke='${c.nationLine}' stroke-width='1.2' vector-effect='non-scaling-stroke'/>`,
    `</g>${cities}</svg>`,
  ].join('');
}

/** The title's lines, wrapped to `width` (about 0.58 em per character for the 20 px bold title). */
export function titleLines(title: string, width: number): string[] {
  return wrapText(title, Math.max(16, Math.floor((width - 24) / 11.6)));
}

/**
 * A picture's frame: the SVG document, `scale` times its CSS size, with its
 * background and its title's lines (a download's title band, titleBand()).
 */
export function pictureStart(
  size: { width: number; total: number; scale: number },
  title: readonly string[],
  colors: { page: string; ink: string },
): string[] {
  const { width, total, scale } = size;
  return [
    `<svg xmlns='http://www.w3.org/2000/svg' width='${width * scale}' height='${total * scale}' viewBox='0 0 ${width} ${total}'>`,
    `<rect width='${width}' height='${total}' fill='${colors.page}'/>`,
    ...title.map(
      (line, i) =>
        `<text x='12' y='${29 + i * TITLE_LINE}' font-size='20' font-weight='800' font-family='${SYSTEM_FONT}' fill='${colors.ink}'>${esc(line)}</text>`,
    ),
  ];
}

/** The whole picture as an SVG document, `scale` times the CSS size. */
export function mapImageSvg(input: ImageInput, scale: number): string {
  const { width, height, colors: c } = input;
  // About 0.55 em per character for the 13 px footer text, 0.62 em in bold.
  const perLine = (em: number) => Math.max(20, Math.floor((width - 24) / (13 * em)));
  const footer = [
    ...wrapText(input.annotation, perLine(0.62)).map((t) => ({ t, bold: true })),
    ...wrapText(input.source, perLine(0.55)).map((t) => ({ t, bold: false })),
  ];
  const title = titleLines(input.title, width);
  const band = titleBand(title.length);
  const total = band + height + 10 + footer.length * LINE;
  const font = `font-family='${SYSTEM_FONT}'`;
  return [
    ...pictureStart({ width, total, scale }, title, c),
    mapLayerSvg(input, 0, band),
    ...footer.map(
      (line, i) =>
        `<text x='12' y='${band + height + 4 + (i + 1) * LINE}' font-size='13' font-weight='${line.bold ? 700 : 400}' ${font} fill='${c.ink}'>${esc(line.t)}</text>`,
    ),
    `</svg>`,
  ].join('');
}
