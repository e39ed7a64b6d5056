import {
  test,
  expect,
  CITY_NAMES,
  cityButton,
  axeViolations,
  waitForInteractiveMap,
  MAP_NAME,
} from './fixtures';
import type { Page } from '@playwright/test';

const cityDialog = (page: Page, city: string) => page.getByRole('dialog', { name: city });

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}

test.describe('the reader at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('keyboard: Tab to each city, Enter opens it, Escape closes and focus returns', async ({
    page,
  }) => {
    await page.goto('/');
    for (const [city] of CITY_NAMES) {
      const button = cityButton(page, city);
      await page.locator('body').focus();
      for (let i = 0; i < 40; i += 1) {
        if (await button.evaluate((el) => el === document.activeElement)) break;
        await page.keyboard.press('Tab');
      }
      await expect(button).toBeFocused();
      await page.keyboard.press('Enter');
      const dialog = cityDialog(page, city);
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading', { name: city, level: 2 })).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`city=${city.toLowerCase().replaceAll(' ', '-')}`));
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
    }
    await expect(page).not.toHaveURL(/city=/);
  });

  test('a popover shows the report’s claim, sourced notes, population and last check; arrows move between cities', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForInteractiveMap(page);
    await cityButton(page, 'Dallas').click();
    const dialog = cityDialog(page, 'Dallas');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('The report’s claim')).toBeVisible();
    await expect(dialog.getByText(/Texas law bans sanctuary policies/).first()).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'City policy' })).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'State law: Texas' })).toBeAttached();
    await expect(dialog.getByText('1,304,379 (2020 Census)')).toBeAttached();
    await expect(dialog.getByText(/Notes last checked/)).toBeAttached();
    expect(await dialog.getByRole('link').count()).toBeGreaterThan(5);

    // Beside its marker, inside the map, not covering the marker.
    const map = await page.getByRole('region', { name: /Map of the contiguous/ }).boundingBox();
    const box = await dialog.boundingBox();
    const marker = await cityButton(page, 'Dallas').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(map!.x);
    expect(box!.y).toBeGreaterThanOrEqual(map!.y);
    expect(box!.x + box!.width).toBeLessThanOrEqual(map!.x + map!.width + 1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(map!.y + map!.height + 1);
    const overlaps =
      box!.x < marker!.x + marker!.width &&
      marker!.x < box!.x + box!.width &&
      box!.y < marker!.y + marker!.height &&
      marker!.y < box!.y + box!.height;
    expect(overlaps, 'popover covers its marker').toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('ArrowRight');
    await expect(cityDialog(page, 'New York City')).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(cityDialog(page, 'Los Angeles')).toBeVisible();
    await page.getByRole('button', { name: /^Next city: Dallas/ }).click();
    await expect(cityDialog(page, 'Dallas')).toBeVisible();

    // A click outside closes it.
    await page.getByRole('heading', { level: 1 }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a link with ?city=atlanta opens Atlanta, and the URL follows without new history entries', async ({
    page,
  }) => {
    await page.goto('/?city=atlanta');
    await expect(cityDialog(page, 'Atlanta')).toBeVisible();
    // It opened itself: focus stays at the start of the page, not on the dialog's heading.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    const historyLength = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page).toHaveURL(/\/$/);
    await cityButton(page, 'Chicago').click();
    await expect(page).toHaveURL(/\?city=chicago$/);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('the list view lists all five cities and opens their notes', async ({ page }) => {
    await page.goto('/?view=list');
    const table = page.getByRole('table', { name: 'The five cities named in the report' });
    await expect(table).toBeVisible();
    for (const [city] of CITY_NAMES) {
      await expect(table.getByRole('rowheader', { name: city })).toBeVisible();
    }
    expect(await axeViolations(page)).toEqual([]);
    const open = page.getByRole('button', { name: 'Open notes: New York City' });
    await open.click();
    await expect(cityDialog(page, 'New York City')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(open).toBeFocused();
  });

  test('the map/list switch comes right after the language switch and keeps the view in the URL', async ({
    page,
  }) => {
    await page.goto('/');
    for (const [role, name] of [
      ['link', 'English'],
      ['link', 'Español'],
      ['button', 'Map'],
    ] as const) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole(role, { name, exact: true })).toBeFocused();
    }
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page).toHaveURL(/view=list/);
    await expect(page.getByRole('table')).toBeVisible();
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect(page).not.toHaveURL(/view=/);
  });

  test('the 15% figure is visible, labelled and qualified', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('+15%').filter({ visible: true }).first()).toBeVisible();
    await expect(
      page
        .getByText(/comparison period not specified/i)
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
  });

  test('dark theme changes the colours and stays accessible', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto('/?theme=dark');
    await waitForInteractiveMap(page);
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe(light);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Colours' }).selectOption('light');
    await expect(page).toHaveURL(/theme=light/);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
  });

  test('“Copy link” copies the address and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?city=dallas');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?city=dallas$/);
  });

  test('a bad parameter is ignored, said so, and the page works', async ({ page }) => {
    await page.goto('/?city=%3Cimg%20src%3Dx%3E&theme=neon&view=list');
    await expect(
      page.getByText(/were not recognised and were ignored \(city, theme\)/),
    ).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });
});

test.describe('the reader on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test('an open popover is a bottom sheet inside the viewport, accessible', async ({ page }) => {
    await page.goto('/');
    await waitForInteractiveMap(page);
    await cityButton(page, 'Los Angeles').tap();
    const dialog = cityDialog(page, 'Los Angeles');
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375 + 0.5);
    expect(box!.y + box!.height).toBeLessThanOrEqual(740 + 0.5);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('the 15% figure is on the map and its full text below it', async ({ page }) => {
    await page.goto('/');
    const map = page.getByRole('region', { name: MAP_NAME });
    await expect(map.getByText('+15%').filter({ visible: true }).first()).toBeVisible();
    // The full wording, which the narrow map's callout leaves out, is shown below the map.
    const full = page
      .getByText('Rise in ICE arrests compared with the same period a year earlier')
      .filter({ visible: true });
    await expect(full).toBeVisible();
    const [mapBox, textBox] = [await map.boundingBox(), await full.boundingBox()];
    expect(textBox!.y).toBeGreaterThan(mapBox!.y + mapBox!.height - 1);
  });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('nothing scrolls sideways: map, popover, list', async ({ page }) => {
    await page.goto('/');
    await waitForInteractiveMap(page);
    await noHorizontalScroll(page);
    await cityButton(page, 'New York City').click();
    await expect(cityDialog(page, 'New York City')).toBeVisible();
    await noHorizontalScroll(page);
    await page.goto('/?view=list');
    await expect(page.getByRole('table')).toBeVisible();
    await noHorizontalScroll(page);
  });
});
