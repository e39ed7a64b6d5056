/**
 * React hydrates the prerendered page: it adopts the HTML's own elements
 * rather than rendering new ones, and reports no mismatch. Every heading,
 * button, popover and link in the HTML must still be the element on the
 * page once React has taken it over, and neither React nor the browser may
 * say anything about hydration (the fixtures fail on any console error).
 */
import { test, expect } from './fixtures';

const PAGES = [
  '/',
  '/es/',
  '/embed/',
  '/es/embed/',
  '/?city=dallas',
  '/es/?city=new-york-city',
  '/?view=list',
  '/?theme=dark',
];

declare global {
  interface Window {
    __prerendered?: { element: Element; label: string }[];
  }
}

for (const path of PAGES) {
  test(`${path}: React hydrates every prerendered heading, button, popover and link in place`, async ({
    page,
  }) => {
    const hydrationWarnings: string[] = [];
    page.on('console', (message) => {
      if (/hydrat|did not match|Minified React error/i.test(message.text())) {
        hydrationWarnings.push(`${message.type()}: ${message.text()}`);
      }
    });
    // When the HTML has been parsed, before any module script runs.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const root = document.getElementById('root');
        const elements = root?.querySelectorAll(
          'h1, h2, h3, h4, h5, h6, button, [popover], a[href]',
        );
        window.__prerendered = [...(elements ?? [])].map((element) => ({
          element,
          label: `<${element.localName}${element.id ? `#${element.id}` : ''}> ${(element.textContent ?? '').trim().slice(0, 40)}`,
        }));
      });
    });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live');

    const count = await page.evaluate(() => window.__prerendered?.length ?? 0);
    expect(count, 'prerendered elements found').toBeGreaterThan(20);
    // React hydrates the long parts in pieces: wait until it has adopted them all.
    const notAdopted = () =>
      page.evaluate(() =>
        (window.__prerendered ?? [])
          .filter(
            ({ element }) =>
              !element.isConnected ||
              !Object.keys(element).some((key) => key.startsWith('__reactFiber$')),
          )
          .map(
            ({ element, label }) =>
              `${element.isConnected ? 'not hydrated' : 'replaced'}: ${label}`,
          ),
      );
    await expect.poll(notAdopted, { timeout: 20_000 }).toEqual([]);
    expect(hydrationWarnings).toEqual([]);
  });
}
