import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../styles/contrast';

const theme = readFileSync(new URL('../../styles/theme.css', import.meta.url), 'utf8');

/** `--name: light-dark(#light, #dark)` pairs from theme.css, by scheme. */
function schemes(): Record<'light' | 'dark', Record<string, string>> {
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  const pattern = /(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi;
  for (const [, key, l, d] of theme.matchAll(pattern)) {
    light[key!] = l!;
    dark[key!] = d!;
  }
  return { light, dark };
}

/** [foreground, background, minimum ratio, what it is], as annotation.css uses them. */
const PAIRS: [string, string, number, string][] = [
  ['--page-bg', '--ink-muted', 4.5, 'label inside the earlier bar'],
  ['--page-bg', '--marker', 4.5, 'label inside the current bar'],
  ['--ink-muted', '--page-bg', 3, 'earlier bar on the callout'],
  ['--marker', '--page-bg', 3, 'current bar on the callout'],
  ['--ink-muted', '--map-land', 3, 'callout border on land'],
  ['--ink-muted', '--map-neighbours', 3, 'callout border on Mexico'],
  ['--ink-muted', '--map-water', 3, 'callout border on water'],
];

describe('the annotation’s colours meet WCAG contrast', () => {
  for (const [scheme, vars] of Object.entries(schemes())) {
    it.each(PAIRS)(`${scheme}: %s on %s ≥ %s:1 (%s)`, (fg, bg, min) => {
      expect(vars[fg], fg).toBeDefined();
      expect(vars[bg], bg).toBeDefined();
      expect(contrastRatio(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(min);
    });
  }
});
