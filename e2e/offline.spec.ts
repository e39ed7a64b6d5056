import type { Page } from '@playwright/test';
import { test, expect, CITY_NAMES, cityButton, waitForInteractiveMap } from './fixtures';

test.use({ serviceWorkers: 'allow', viewport: { width: 1280, height: 800 } });

/** Visits `path`, then waits until the service worker has installed (precached the core) and controls the page. */
async function visitOnce(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

test('after one visit the map works with the network off, in explore and present modes', async ({
  page,
  context,
}) => {
  await visitOnce(page, '/');
  await waitForInteractiveMap(page);

  await context.setOffline(true);
  await page.reload();
  for (const [city] of CITY_NAMES) await expect(cityButton(page, city)).toBeVisible();
  await waitForInteractiveMap(page);
  await cityButton(page, 'Chicago').click();
  await expect(page.getByRole('dialog', { name: 'Chicago' })).toBeVisible();

  await page.goto('/?mode=present&step=2');
  await expect(page.getByText(/^2 \/ \d+$/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Chicago, Illinois' })).toBeVisible();

  // The Spanish page was never visited, so it was never downloaded: offline,
  // the page that was visited answers rather than the browser's error page.
  await page.goto('/es/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Five cities/);
  await context.setOffline(false);
});

test("a reader's worker keeps no page and no language the reader has not opened", async ({
  page,
}) => {
  await visitOnce(page, '/');
  const kept = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      urls.push(...(await cache.keys()).map((request) => new URL(request.url).pathname));
    }
    return urls;
  });
  expect(kept).toContain('/');
  expect(kept.filter((path) => path.startsWith('/es/') || /\/assets\/es-/.test(path))).toEqual([]);
});

test('after one visit to the Spanish page, it reloads offline in Spanish, with its city', async ({
  page,
  context,
}) => {
  await visitOnce(page, '/es/');
  // On a laptop MapLibre comes at once, and is kept for offline use once it has.
  await waitForInteractiveMap(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Cinco ciudades/);
  // Any query is the same entry: the Spanish page, not index.html.
  await page.goto('/es/?city=dallas');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Cinco ciudades/);
  await expect(
    page
      .getByRole('dialog', { name: 'Dallas' })
      .getByRole('heading', { name: 'Qué dice el informe' }),
  ).toBeVisible();
  await context.setOffline(false);
});
