/**
 * The share card (Open Graph / Twitter image): a 1200×630 picture of the
 * map with the five labelled cities, the +15% figure with its qualifier, the
 * title and the source line. Built at build time from the same static map
 * paths and projection as the page (scripts/prerender-plugin.ts rasterises
 * it with a bundled font), drawn at 600×315 units and scaled ×2.
 */
import { HOME_BOUNDS } from '../../map/frame-config';
import { fitFrame, projectInFrame, type LngLat } from '../../map/projection';
import type { StaticMapPaths } from '../../map/static-map-paths';
import type { LabelSide } from '../city-markers/label-placement';
import type { Locale } from '../../content/locale';
import { markerScale } from '../city-markers/marker-scale';
import { LABEL_SIDE } from '../city-markers/label-placement';
import { esc, mapLayerSvg, wrapText, type ImageColors } from './map-image';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const W = CARD_WIDTH / 2;
const H = CARD_HEIGHT / 2;
const MARGIN = 16;
/** Room for the figure and its words, right of the map. */
const SIDE = 178;
/** The largest city's circle radius on the card, in card units. */
const MAX_RADIUS = 13;

export interface ShareCardInput {
  paths: StaticMapPaths;
  colors: ImageColors & { accent: string; inkMuted: string };
  /** Each city's place, its circle's share (0..1) of the largest radius, and its label's side. */
  cities: { name: string; coordinates: LngLat; size: number; side: LabelSide }[];
  kicker: string;
  title: string;
  /** The figure as shown ("+15%"), what it measures, and its qualifier. */
  figure: string;
  measures: string;
  qualifier: string;
  source: string;
  /** A font the renderer has loaded (never the build machine's system fonts). */
  fontFamily: string;
}

/** Average glyph width of the card's sans-serif, in em, to wrap lines (bold runs wider). */
const charsPerLine = (width: number, size: number, bold = false) =>
  Math.max(8, Math.floor(width / (size * (bold ? 0.52 : 0.48))));

export function shareCardSvg(input: ShareCardInput): string {
  const c = input.colors;
  const font = `font-family='${esc(input.fontFamily)}'`;
  const text = (x: number, y: number, size: number, weight: number, fill: string, body: string) =>
    `<text x='${x}' y='${y}' font-size='${size}' font-weight='${weight}' ${font} fill='${fill}'>${esc(body)}</text>`;

  const title = wrapText(input.title, charsPerLine(W - 2 * MARGIN, 21, true));
  const titleTop = 42;
  const band = titleTop + (title.length - 1) * 25 + 14;
  const source = wrapText(input.source, charsPerLine(W - 2 * MARGIN, 9.5));
  const footer = source.length * 12 + 10;

  const map = { width: W - SIDE, height: H - band - footer };
  const frame = fitFrame(HOME_BOUNDS, map, { top: 10, right: 58, bottom: 10, left: 12 });
  const cities = input.cities.map((city) => ({
    ...projectInFrame(frame, city.coordinates),
    name: city.name,
    radius: Math.max(3, city.size * MAX_RADIUS),
    side: city.side,
  }));

  const sideX = W - SIDE + 14;
  const sideWidth = SIDE - 14 - MARGIN;
  const measures = wrapText(input.measures, charsPerLine(sideWidth, 12.5, true));
  const qualifier = wrapText(input.qualifier, charsPerLine(sideWidth, 11));
  const figureY = band + 58;
  const measuresY = figureY + 26;
  const qualifierY = measuresY + measures.length * 16 + 6;

  return [
    `<svg xmlns='http://www.w3.org/2000/svg' width='${CARD_WIDTH}' height='${CARD_HEIGHT}' viewBox='0 0 ${W} ${H}'>`,
    `<rect width='${W}' height='${H}' fill='${c.page}'/>`,
    `<rect width='${W}' height='5' fill='${c.accent}'/>`,
    text(MARGIN, 20, 10.5, 700, c.accent, input.kicker.toUpperCase()),
    ...title.map((line, i) => text(MARGIN, titleTop + i * 25, 21, 800, c.ink, line)),
    mapLayerSvg(
      { ...map, frame, paths: input.paths, colors: c, cities, fontFamily: input.fontFamily },
      0,
      band,
    ),
    text(sideX, figureY, 46, 800, c.accent, input.figure),
    ...measures.map((line, i) => text(sideX, measuresY + i * 16, 12.5, 700, c.ink, line)),
    ...qualifier.map((line, i) => text(sideX, qualifierY + i * 14, 11, 400, c.inkMuted, line)),
    ...source.map((line, i) => text(MARGIN, H - footer + 16 + i * 12, 9.5, 400, c.inkMuted, line)),
    `</svg>`,
  ].join('');
}

export type CardColors = ShareCardInput['colors'];

/** The card for a language's edition: its cities, figure, title and source line. */
export function shareCardFor(
  locale: Locale,
  paths: StaticMapPaths,
  colors: CardColors,
  fontFamily: string,
): string {
  const { t, content, format } = locale;
  const { cities, annotation } = content;
  const scale = markerScale(Math.max(...cities.map((c) => c.population.value)));
  return shareCardSvg({
    paths,
    colors,
    fontFamily,
    cities: cities.map((city) => ({
      name: city.name,
      coordinates: city.coordinates,
      size: scale(city.population.value),
      side: LABEL_SIDE[city.id],
    })),
    kicker: t.kicker,
    title: t.title,
    figure: format.percentChange(annotation.value),
    measures: annotation.measures,
    qualifier: `${annotation.scope}. ${annotation.qualifier}`,
    source: t.sourceLine,
  });
}
