/**
 * The offline copy: "Download for offline use" serves the single-file build
 * (npm run build:single), which must work opened from a USB stick: file://,
 * no server, no network.
 */
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  test,
  expect,
  CITY_NAMES,
  cityButton,
  waitForInteractiveMap,
  axeViolations,
  pixelSpread,
} from './fixtures';

test.use({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });

test('"Download for offline use" saves one HTML file that works from file:// with no network', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  const link = footer.getByRole('link', { name: 'Download for offline use' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('ice-cities-map-offline.html');
  const file = testInfo.outputPath('usb-stick', download.suggestedFilename());
  await download.saveAs(file);
  // The link says "about 2 MB".
  const megabytes = statSync(file).size / 1e6;
  expect(megabytes).toBeGreaterThan(1.5);
  expect(megabytes).toBeLessThan(3);

  // Its policy allows its own inline code by hash, not any inline code.
  const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(
    readFileSync(file, 'utf8'),
  )?.[1];
  expect(policy).toMatch(/script-src 'sha256-[^']+';/);
  expect(policy).not.toContain('unsafe-inline');

  // The article page's own downloads done first (the worker's precache, the
  // pages and content it keeps): cut off by going offline, they would fail.
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  const offlineCopy = pathToFileURL(file).href;
  await page.goto(`${offlineCopy}?city=atlanta`);
  for (const [city] of CITY_NAMES) await expect(cityButton(page, city)).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Atlanta' })).toBeVisible();
  await waitForInteractiveMap(page);
  const map = page.getByRole('region', { name: /Map of the contiguous United States/ });
  expect(await pixelSpread(page, await map.screenshot())).toBeGreaterThan(10);

  await page.keyboard.press('Escape');
  await cityButton(page, 'Chicago').click();
  await expect(page.getByRole('dialog', { name: 'Chicago' })).toBeVisible();
  // The copy says what it is; it has no embed code (it would point at this file) and no link to itself.
  await expect(page.getByRole('contentinfo')).toContainText('offline copy');
  await expect(page.getByRole('link', { name: 'Download for offline use' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(`${offlineCopy}?mode=present&step=2`);
  await expect(page.getByText(/^2 \/ \d+$/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Chicago, Illinois' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByText(/^3 \/ \d+$/)).toBeVisible();
  await context.setOffline(false);
});

test('the Spanish page offers a Spanish offline copy, which opens in Spanish from file://', async ({
  page,
  context,
}, testInfo) => {
  await page.goto('/es/');
  const link = page.getByRole('link', { name: 'Descargar para usar sin conexión' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('ice-cities-map-offline-es.html');
  const file = testInfo.outputPath('usb-stick', download.suggestedFilename());
  await download.saveAs(file);

  await context.setOffline(true);
  await page.goto(pathToFileURL(file).href);
  // In Spanish from its first paint: the prerendered page is Spanish.
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Cinco ciudades/);
  await waitForInteractiveMap(page);
  await cityButton(page, 'Ciudad de Nueva York').click();
  const dialog = page.getByRole('dialog', { name: 'Ciudad de Nueva York' });
  await expect(dialog.getByRole('heading', { name: 'Qué dice el informe' })).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('copia sin conexión');
  expect(await axeViolations(page)).toEqual([]);

  // It can still switch to English.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'New York City' })
      .getByRole('heading', { name: 'What the report says' }),
  ).toBeVisible();
  await context.setOffline(false);
});
