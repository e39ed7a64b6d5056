/**
 * "Download image" in the timeline view: the axis as on screen (the whole
 * of it by year, or 2025–2026 by month), a lane per city with each note's
 * mark in its level's row, the key, the title and the source line, as an
 * SVG that download-image.ts rasterises. The places come from the page's own
 * stylesheet (the same numbers the screen uses, read by download-image.ts),
 * so the picture is the view on screen.
 */
import { SYSTEM_FONT, esc, pictureStart, titleBand, titleLines, wrapText } from './map-image';

export type Level = 'state' | 'local' | 'event';
export const LEVEL_ORDER: readonly Level[] = ['state', 'local', 'event'];

export interface TimelineImageInput {
  /** The picture's width in CSS px. */
  width: number;
  title: string;
  /** Which axis: "Timeline: All years". */
  subtitle: string;
  /** Each city's lane: its name and its notes' marks, in percent of the axis. */
  lanes: {
    name: string;
    marks: { from: number; width: number; point: boolean; level: Level }[];
  }[];
  /** Ticks in percent of the axis; an empty label draws only the line. */
  ticks: { at: number; label: string }[];
  /** The key's words: each level's name, then a day's and a month's or year's mark. */
  key: Record<Level, string> & { day: string; span: string };
  source: string;
  colors: Record<'page' | 'ink' | 'muted' | 'rule' | 'surface' | Level, string>;
}

const LABEL_W = 130;
const LANE_H = 48;
const ROW = 12;
const MARK = 10;
const AXIS_H = 24;
const LINE = 18;

/** The picture as an SVG document, `scale` times its CSS size. */
export function timelineImageSvg(input: TimelineImageInput, scale: number): string {
  const { width, colors: c } = input;
  const font = `font-family='${SYSTEM_FONT}'`;
  const title = titleLines(input.title, width);
  const band = titleBand(title.length) + LINE;
  const plotX = LABEL_W;
  const plotW = width - LABEL_W - 16;
  const x = (percent: number) => plotX + (plotW * percent) / 100;
  const chartH = input.lanes.length * LANE_H;
  const keyTop = band + chartH + AXIS_H + 22;
  // The key, in as many lines as it takes (about 0.55 em per character at 12 px).
  const items = [
    ...LEVEL_ORDER.map((level) => ({ fill: c[level], label: input.key[level], point: false })),
    { fill: c.muted, label: input.key.day, point: true },
    { fill: c.muted, label: input.key.span, point: false },
  ];
  let keyX = 12;
  let keyY = keyTop;
  const key = items.map((item) => {
    const size = 22 + item.label.length * 6.6;
    if (keyX > 12 && keyX + size > width - 12) {
      keyX = 12;
      keyY += LINE;
    }
    const at = keyX;
    keyX += size + 14;
    const swatch = item.point
      ? `<circle cx='${at + 5}' cy='${keyY - 4}' r='5' fill='${item.fill}'/>`
      : `<rect x='${at}' y='${keyY - 9}' width='16' height='10' rx='2' fill='${item.fill}'/>`;
    return `${swatch}<text x='${at + 22}' y='${keyY}' font-size='12' ${font} fill='${c.ink}'>${esc(item.label)}</text>`;
  });
  const source = wrapText(input.source, Math.max(20, Math.floor((width - 24) / 7.2)));
  const total = keyY + 14 + source.length * LINE + 10;

  const lanes = input.lanes.map((lane, i) => {
    const top = band + i * LANE_H;
    const stripe =
      i % 2 === 0
        ? `<rect x='0' y='${top}' width='${width}' height='${LANE_H}' fill='${c.surface}'/>`
        : '';
    const marks = lane.marks.map((mark) => {
      const y = top + 6 + LEVEL_ORDER.indexOf(mark.level) * ROW;
      const fill = c[mark.level];
      if (mark.point)
        return `<circle cx='${x(mark.from)}' cy='${y + MARK / 2}' r='${MARK / 2}' fill='${fill}' stroke='${c.page}' stroke-width='1'/>`;
      // As long as its month or year, at least a hairline (as on screen).
      const w = Math.max(3, (plotW * mark.width) / 100);
      return `<rect x='${x(mark.from)}' y='${y}' width='${w}' height='${MARK}' rx='2' fill='${fill}' stroke='${c.page}' stroke-width='1'/>`;
    });
    return [
      stripe,
      `<line x1='0' x2='${width}' y1='${top}' y2='${top}' stroke='${c.rule}'/>`,
      `<text x='8' y='${top + LANE_H / 2 + 5}' font-size='14' font-weight='700' ${font} fill='${c.ink}'>${esc(lane.name)}</text>`,
      ...marks,
    ].join('');
  });
  const ticks = input.ticks.map(
    (tick) =>
      `<line x1='${x(tick.at)}' x2='${x(tick.at)}' y1='${band}' y2='${band + chartH + 6}' stroke='${c.rule}'/>` +
      (tick.label
        ? `<text x='${x(tick.at) + 3}' y='${band + chartH + 18}' font-size='11' ${font} fill='${c.muted}'>${esc(tick.label)}</text>`
        : ''),
  );
  return [
    ...pictureStart({ width, total, scale }, title, c),
    `<text x='12' y='${band - 8}' font-size='13' font-weight='700' ${font} fill='${c.muted}'>${esc(input.subtitle)}</text>`,
    ...lanes,
    ...ticks,
    ...key,
    ...source.map(
      (line, i) =>
        `<text x='12' y='${keyY + 14 + (i + 1) * LINE - 4}' font-size='13' ${font} fill='${c.ink}'>${esc(line)}</text>`,
    ),
    `</svg>`,
  ].join('');
}
