/**
 * React hydrates the prerendered page: it adopts the HTML's own elements
 * rather than rendering new ones, and reports no mismatch. Every heading,
 * button, popover and link in the HTML must still be the element on the
 * page once React has taken it over, and neither React nor the browser may
 * say anything about hydration (the fixtures fail on any console error).
 * The islands (`data-island`: each city's notes, the sources' words, the
 * handout) stay as the HTML has them, unchanged, until the full content is
 * asked for; the list view asks for it, and then they too are adopted.
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
  '/es/?view=list',
  '/?theme=dark',
];

declare global {
  interface Window {
    __prerendered?: { element: Element; label: string; text: string; island: boolean }[];
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
          text: element.textContent ?? '',
          island: !!element.closest('[data-island]'),
        }));
      });
    });
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live');

    const count = await page.evaluate(() => window.__prerendered?.length ?? 0);
    expect(count, 'prerendered elements found').toBeGreaterThan(20);
    expect(
      await page.evaluate(() => window.__prerendered?.filter((p) => p.island).length),
      'elements in islands',
    ).toBeGreaterThan(20);
    // React hydrates the long parts in pieces: wait until it has adopted them
    // all, but the islands' (unless the list view has asked for the full content).
    const islandsAdopted = path.includes('view=list');
    const notAdopted = () =>
      page.evaluate(
        (all) =>
          (window.__prerendered ?? [])
            .filter(
              ({ element, island, text }) =>
                !element.isConnected ||
                element.textContent !== text ||
                ((all || !island) &&
                  !Object.keys(element).some((key) => key.startsWith('__reactFiber$'))),
            )
            .map(
              ({ element, label }) =>
                `${element.isConnected ? 'not hydrated or changed' : 'replaced'}: ${label}`,
            ),
        islandsAdopted,
      );
    await expect.poll(notAdopted, { timeout: 20_000 }).toEqual([]);
    if (!islandsAdopted) {
      // The islands are the HTML's, as it was; a second later, still.
      await page.waitForTimeout(1000);
      expect(await notAdopted()).toEqual([]);
    }
    expect(hydrationWarnings).toEqual([]);
  });
}
