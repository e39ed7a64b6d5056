/**
 * Shared fixtures: every test fails on a console error, an uncaught page
 * error, a Content-Security-Policy violation (the preview server sends the
 * strict policy as a header), or a request that leaves the page's origin.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface Watch {
  consoleErrors: string[];
  foreignRequests: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const watch: Watch = { consoleErrors: [], foreignRequests: [] };
      // The preview server sends the strict Content-Security-Policy: record any violation.
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations?.push(`${event.violatedDirective}: ${event.blockedURI}`);
        });
      });
      // The app's origin, the test host pages' (a second origin on purpose), and
      // the app's again as the build's default site address names it (oEmbed's frames).
      const allowed = [
        new URL(baseURL ?? 'http://127.0.0.1').origin,
        'http://localhost:4174',
        'http://localhost:4173',
      ];
      page.on('console', (message) => {
        if (message.type() === 'error') watch.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (
          ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) &&
          !allowed.includes(url.origin)
        ) {
          watch.foreignRequests.push(request.url());
        }
      });
      await use(watch);
      const violations = page.isClosed()
        ? []
        : await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
      expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const CITY_NAMES = [
  ['Chicago', 'Illinois'],
  ['Los Angeles', 'California'],
  ['Dallas', 'Texas'],
  ['New York City', 'New York'],
  ['Atlanta', 'Georgia'],
] as const;

/** The same cities' names in the Spanish edition. */
export const CITY_NAMES_ES: Record<(typeof CITY_NAMES)[number][0], string> = {
  Chicago: 'Chicago',
  'Los Angeles': 'Los Ángeles',
  Dallas: 'Dallas',
  'New York City': 'Ciudad de Nueva York',
  Atlanta: 'Atlanta',
};

export function cityButton(page: Page, city: string) {
  return page.getByRole('button', { name: new RegExp(`^${city},`) });
}

/** The map's accessible name, in either language. */
export const MAP_NAME =
  /^(Map of the contiguous United States|Mapa de los Estados Unidos continentales)/;

/**
 * Waits until MapLibre has really drawn the states (the public DOM contract).
 * On a phone-sized page MapLibre loads on the reader's first intent, so this
 * shows one: a key press on the map (harmless to anything open).
 */
export async function waitForInteractiveMap(page: Page) {
  await page.getByRole('region', { name: MAP_NAME }).dispatchEvent('keydown', { key: 'Shift' });
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'interactive', {
    timeout: 30_000,
  });
}

/** WCAG 2.2 A/AA checks; returns the violations as short readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/**
 * Spread of grey levels in a screenshot of the element: a blank or
 * single-colour map scores near zero, a drawn basemap scores well above.
 */
export async function pixelSpread(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const levels = new Set<number>();
    let sum = 0;
    let sumSquares = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const grey = Math.round(0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!);
      levels.add(grey);
      sum += grey;
      sumSquares += grey * grey;
    }
    const mean = sum / n;
    return levels.size > 8 ? Math.sqrt(sumSquares / n - mean * mean) : 0;
  }, png.toString('base64'));
}
