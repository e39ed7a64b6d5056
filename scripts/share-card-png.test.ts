import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shareCardFor, CARD_HEIGHT, CARD_WIDTH } from '../src/features/export/share-card';
import { englishLocale, loadLocale } from '../src/content/locale';
import { staticMapPaths } from '../src/map/static-map-paths';
import type { BasemapTopology } from '../src/map/basemap-features';
import {
  CARD_FONT_FAMILY,
  legacyRgb,
  lightThemeColors,
  readThemeCss,
  renderCard,
  renderCardPng,
} from './share-card-png';

const paths = staticMapPaths(
  JSON.parse(readFileSync('data/basemap.topo.json', 'utf8')) as BasemapTopology,
);
const colors = lightThemeColors(readThemeCss('.'));

/** Raw RGBA pixels of an SVG as the build draws it (same fonts). */
const pixels = (svg: string) => renderCard(svg).pixels;

function differingPixels(a: Buffer, b: Buffer): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) count += 1;
  }
  return count;
}

describe('the share card', () => {
  it.each(['en', 'es'] as const)('in %s is a 1200×630 PNG under 300 KB', async (lang) => {
    const svg = shareCardFor(await loadLocale(lang), paths, colors, CARD_FONT_FAMILY);
    const png = renderCardPng(svg);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    expect(png.length).toBeLessThanOrEqual(300 * 1024);
  });

  it('really draws its title and every city label with the bundled font', () => {
    const svg = shareCardFor(englishLocale, paths, colors, CARD_FONT_FAMILY);
    const full = pixels(svg);
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)];
    const wanted = [
      'Five cities named as next targets for expanded ICE',
      'Chicago',
      'Los Angeles',
      'Dallas',
      'New York',
      'City',
      'Atlanta',
      '+15%',
    ];
    for (const word of wanted) {
      const element = texts.find(([, body]) => body === word);
      expect(element, word).toBeDefined();
      // Without this one text, the picture loses a real word's worth of ink.
      const without = pixels(svg.replace(element![0], ''));
      expect(differingPixels(full, without), word).toBeGreaterThan(150);
    }
  });

  it('takes the light theme from the stylesheet, in a form the renderer reads', () => {
    expect(colors.water).toBe('#dde8ef');
    expect(colors.markerFill).toBe('rgba(10,79,133,0.2)');
    expect(legacyRgb('rgb(1 2 3)')).toBe('rgb(1,2,3)');
    expect(legacyRgb('#fff')).toBe('#fff');
  });
});
