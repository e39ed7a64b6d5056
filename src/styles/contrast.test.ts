import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';

const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');

/** The light and dark value of every `--name: light-dark(#light, #dark)` in theme.css. */
function themes(): Record<string, Record<string, string>> {
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  const pattern = /(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi;
  for (const [, key, lightValue, darkValue] of css.matchAll(pattern)) {
    light[key!] = lightValue!;
    dark[key!] = darkValue!;
  }
  const contrast: Record<string, string> = {};
  const block = /\[data-theme='contrast'\]\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  for (const [, key, value] of block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) {
    contrast[key!] = value!;
  }
  return { light, dark, contrast };
}

const TEXT = 4.5;
const GRAPHIC = 3;
/** [foreground, background, minimum ratio, what it is] */
const PAIRS: [string, string, number, string][] = [
  ['--ink', '--page-bg', TEXT, 'body text'],
  ['--ink-muted', '--page-bg', TEXT, 'secondary text'],
  ['--accent', '--page-bg', TEXT, 'kicker and links'],
  ['--ink', '--label-halo', TEXT, 'city labels on their halo'],
  ['--map-state-line', '--map-land', GRAPHIC, 'state lines on land'],
  ['--map-nation-line', '--map-land', GRAPHIC, 'national outline on land'],
  ['--map-nation-line', '--map-water', GRAPHIC, 'coastline on water'],
  ['--marker', '--map-land', GRAPHIC, 'marker outline on land'],
  ['--marker', '--map-water', GRAPHIC, 'marker outline on water'],
  ['--focus', '--page-bg', GRAPHIC, 'focus ring on the page'],
  ['--focus', '--map-land', GRAPHIC, 'focus ring on land'],
  ['--focus', '--map-water', GRAPHIC, 'focus ring on water'],
  ...(['--tl-state', '--tl-local', '--tl-event'] as const).flatMap(
    (mark): [string, string, number, string][] => [
      [mark, '--page-bg', GRAPHIC, 'timeline mark on the page'],
      [mark, '--surface', GRAPHIC, 'timeline mark on its lane'],
    ],
  ),
];

describe('theme colours meet WCAG contrast', () => {
  const all = themes();
  it('finds the light and dark themes', () => {
    expect(Object.keys(all)).toEqual(expect.arrayContaining(['light', 'dark']));
  });

  for (const [theme, vars] of Object.entries(all)) {
    it.each(PAIRS)(`${theme}: %s on %s ≥ %s:1 (%s)`, (fg, bg, min) => {
      expect(vars[fg], fg).toBeDefined();
      expect(vars[bg], bg).toBeDefined();
      expect(contrastRatio(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(min);
    });
  }
});
