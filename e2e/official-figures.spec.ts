/**
 * The 15% in context: beside the report's figure, a disclosure "What the
 * official figures say" with ICE's, DHS's and CBS's counts, each with its
 * dated, linked source, and the plain sentence that none states a 15% rise;
 * on a wide map in the callout, on a narrow one below the map; with
 * JavaScript off too; in Spanish with Spanish numbers. No percentage is
 * computed against the 15%.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';

const EDITIONS = [
  {
    path: '/',
    summary: 'What the official figures say',
    counts: ['170,590', '113,431', '32,809', '393,000'],
    caveat: /No official figure found for this map states a 15% rise/,
  },
  {
    path: '/es/',
    summary: 'Qué dicen las cifras oficiales',
    counts: ['170.590', '113.431', '32.809', '393.000'],
    caveat: /Ninguna de las cifras oficiales halladas para este mapa indica un aumento del 15/,
  },
];

async function checkDisclosure(page: Page, edition: (typeof EDITIONS)[number]) {
  // One of the two copies (callout or below the map) is shown at any width.
  const summary = page.getByText(edition.summary, { exact: true }).filter({ visible: true });
  await expect(summary).toHaveCount(1);
  const disclosure = page.locator('details').filter({ has: summary });
  await expect(disclosure.getByText(edition.caveat)).toBeHidden();
  await summary.click();
  await expect(disclosure.getByText(edition.caveat)).toBeVisible();
  const items = disclosure.getByRole('listitem');
  await expect(items).toHaveCount(edition.counts.length);
  for (const [i, count] of edition.counts.entries()) {
    const item = items.nth(i);
    await expect(item).toContainText(count);
    await expect(item.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    await expect(item.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  }
  await expect(
    items.nth(1).getByRole('link', { name: /ICE releases Fiscal Year 2024 Annual Report/ }),
  ).toHaveAttribute(
    'href',
    'https://ice.gov/news/releases/ice-releases-fiscal-year-2024-annual-report',
  );
  // No percentage but the report's own 15.
  const text = (await disclosure.textContent()) ?? '';
  expect(text.match(/\d+(?:[.,]\d+)?\s?%/g) ?? []).toEqual([expect.stringMatching(/^15\s?%$/)]);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
]) {
  for (const edition of EDITIONS) {
    test(`${edition.path} at ${viewport.width}×${viewport.height}: the official figures beside the 15%, sourced and dated`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(edition.path);
      await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
      await checkDisclosure(page, edition);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  for (const edition of EDITIONS) {
    test(`${edition.path}: the disclosure works from the HTML alone`, async ({ page }) => {
      await page.goto(edition.path);
      await checkDisclosure(page, edition);
    });
  }
});
