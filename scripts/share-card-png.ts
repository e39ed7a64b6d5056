/**
 * Rasterises the share card (src/features/export/share-card.ts) to PNG with
 * resvg, with its font loaded from the `source-sans` npm package, never from
 * the build machine's system fonts, which a fresh machine may lack (resvg
 * then draws no text at all, silently).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { CardColors } from '../src/features/export/share-card.ts';
import { IMAGE_COLOR_VARS } from '../src/features/export/map-image.ts';

/** The card's typeface (Adobe's Source Sans 3, SIL Open Font License). */
export const CARD_FONT_FAMILY = 'Source Sans 3';
const FONT_FILES = ['Regular', 'Semibold', 'Bold', 'Black'].map((weight) => {
  const folder = dirname(createRequire(import.meta.url).resolve('source-sans/package.json'));
  return resolve(folder, 'TTF', `SourceSans3-${weight}.ttf`);
});

/** The card drawn with the bundled font only (its raw pixels for tests, its PNG for the build). */
export function renderCard(svg: string) {
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: CARD_FONT_FAMILY,
      sansSerifFamily: CARD_FONT_FAMILY,
    },
    fitTo: { mode: 'original' },
  });
  return resvg.render();
}

export function renderCardPng(svg: string): Buffer {
  return renderCard(svg).asPng();
}

/** CSS custom property -> colour name on the card. */
const CARD_VARS: Record<keyof CardColors, string> = {
  ...IMAGE_COLOR_VARS,
  inkMuted: '--ink-muted',
  accent: '--accent',
};

/**
 * The light theme's colours, read from the theme's stylesheet (the first
 * definition of each variable; a `light-dark(a, b)` pair gives `a`), so the
 * card follows the page's palette without a copy of it.
 */
export function lightThemeColors(themeCss: string): CardColors {
  const colors = {} as CardColors;
  for (const [name, variable] of Object.entries(CARD_VARS) as [keyof CardColors, string][]) {
    const match = new RegExp(`${variable}:\\s*([^;]+);`).exec(themeCss);
    if (!match) throw new Error(`src/styles/theme.css has no ${variable} for the share card.`);
    const value = match[1]!.trim();
    const pair = /^light-dark\((.*)\)$/.exec(value);
    colors[name] = legacyRgb(pair ? splitTopLevel(pair[1]!)[0]!.trim() : value);
  }
  return colors;
}

/** `rgb(10 79 133 / 0.2)` as `rgba(10,79,133,0.2)`: resvg reads only the comma form (else it paints black). */
export function legacyRgb(color: string): string {
  const match = /^rgba?\(\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*(?:\/\s*([\d.]+%?))?\s*\)$/.exec(
    color,
  );
  if (!match) return color;
  const [, r, g, b, a] = match;
  return a === undefined ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${a})`;
}

/** Splits "a, rgb(1 2 3 / 0.5)" at commas outside parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '(') depth += 1;
    else if (text[i] === ')') depth -= 1;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

export function readThemeCss(root: string): string {
  return readFileSync(resolve(root, 'src/styles/theme.css'), 'utf8');
}
