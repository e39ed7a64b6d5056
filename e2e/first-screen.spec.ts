/**
 * The first screen is the map: on phones (portrait and landscape) and short
 * laptops, all five cities and the +15% figure are on screen before any
 * scroll, in both languages, with and without scripts. The tools sit behind
 * one "Share and tools" control on a phone and in one row on a wide screen.
 */
import type { Browser, Page } from '@playwright/test';
import {
  test,
  expect,
  CITY_NAMES,
  CITY_NAMES_ES,
  cityButton,
  axeViolations,
  MAP_NAME,
} from './fixtures';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const LANGS = [
  { path: '/', names: CITY_NAMES.map(([city]) => city) },
  { path: '/es/', names: CITY_NAMES.map(([city]) => CITY_NAMES_ES[city]) },
];

/** Checks the first screen of the page at `path` as it is: cities, labels and the figure in view. */
async function checkFirstScreen(
  page: Page,
  names: readonly string[],
  size: { width: number; height: number },
) {
  const inside = (box: Box | null, what: string) => {
    expect(box, what).not.toBeNull();
    expect(box!.x, `${what} left`).toBeGreaterThanOrEqual(-0.5);
    expect(box!.y, `${what} top`).toBeGreaterThanOrEqual(-0.5);
    expect(box!.x + box!.width, `${what} right`).toBeLessThanOrEqual(size.width + 0.5);
    expect(box!.y + box!.height, `${what} bottom`).toBeLessThanOrEqual(size.height + 0.5);
  };
  const boxes: [string, Box][] = [];
  for (const name of names) {
    const button = cityButton(page, name);
    const box = await button.boundingBox();
    inside(box, name);
    // Its visible label too (the button's text).
    inside(await button.getByText(name, { exact: true }).boundingBox(), `${name} label`);
    expect(box!.width, `${name} width`).toBeGreaterThanOrEqual(24);
    expect(box!.height, `${name} height`).toBeGreaterThanOrEqual(24);
    boxes.push([name, box!]);
  }
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      expect(overlap(boxes[i]![1], boxes[j]![1]), `${boxes[i]![0]} / ${boxes[j]![0]}`).toBe(false);
    }
  }
  const map = page.getByRole('region', { name: MAP_NAME });
  const figure = map
    .getByText(/^\+15\s?%$/)
    .filter({ visible: true })
    .first();
  inside(await figure.boundingBox(), '+15%');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    size.width,
  );
}

async function eachWay(browser: Browser, size: { width: number; height: number }, phone: boolean) {
  for (const javaScriptEnabled of [true, false]) {
    for (const { path, names } of LANGS) {
      const context = await browser.newContext({
        viewport: size,
        javaScriptEnabled,
        hasTouch: phone,
        isMobile: phone,
      });
      const page = await context.newPage();
      await page.goto(path);
      await test.step(`${path}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () =>
        checkFirstScreen(page, names, size));
      await context.close();
    }
  }
}

for (const size of [
  { width: 320, height: 568 },
  { width: 360, height: 640 },
  { width: 375, height: 667 },
  { width: 390, height: 844 },
  { width: 414, height: 896 },
  { width: 667, height: 375 },
]) {
  test(`on a ${size.width}×${size.height} phone, the five cities and the figure are in the first screen`, async ({
    browser,
  }) => {
    await eachWay(browser, size, true);
  });
}

test('on a 1280×720 laptop the whole map is above the fold, and at 1024 px the toolbar is one row', async ({
  browser,
  page,
}) => {
  await eachWay(browser, { width: 1280, height: 720 }, false);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  const map = (await page.getByRole('region', { name: MAP_NAME }).boundingBox())!;
  expect(map.y + map.height).toBeLessThanOrEqual(720);

  await page.setViewportSize({ width: 1024, height: 768 });
  const toolbar = page.getByRole('group', { name: 'View and settings' });
  const controls = [
    toolbar.getByRole('button', { name: 'Map', exact: true }),
    toolbar.getByRole('combobox', { name: 'Colours' }),
    ...['Copy link', 'Embed', 'Present', 'Print handout', 'Download image'].map((name) =>
      toolbar.getByRole('button', { name, exact: true }),
    ),
  ];
  const tops = [];
  for (const control of controls) {
    await expect(control).toBeVisible();
    const box = (await control.boundingBox())!;
    tops.push(box.y + box.height / 2);
  }
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
  await expect(page.getByRole('button', { name: 'Share and tools' })).toBeHidden();
});

test.describe('the tools on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

  test('open from one named control by keyboard, list every tool, close with Escape and give focus back', async ({
    page,
  }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Share and tools' });
    await expect(toggle).toBeEnabled();
    const menu = page.getByRole('group', { name: 'Share and tools' });
    await expect(menu).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('combobox', { name: 'Colours' })).toBeVisible();
    for (const name of ['Copy link', 'Embed', 'Present', 'Print handout', 'Download image']) {
      await expect(menu.getByRole('button', { name, exact: true })).toBeEnabled();
    }
    // The first tool is the next stop for the keyboard.
    await page.keyboard.press('Tab');
    await expect(menu.getByRole('combobox', { name: 'Colours' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('with Chicago open, copying the link keeps Chicago open and the link names it', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await cityButton(page, 'Chicago').click();
    const chicago = page.getByRole('dialog', { name: 'Chicago' });
    await expect(chicago).toBeVisible();
    await page.getByRole('button', { name: 'Share and tools' }).click();
    const menu = page.getByRole('group', { name: 'Share and tools' });
    await menu.getByRole('button', { name: 'Copy link' }).click();
    await expect(menu.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    await expect(chicago).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?city=chicago$/);
  });

  test('each tool works from the menu: colours, embed, present, print, image', async ({ page }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Share and tools' });
    const menu = page.getByRole('group', { name: 'Share and tools' });

    await toggle.click();
    await menu.getByRole('combobox', { name: 'Colours' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await menu.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // The menu stayed open under the dialog: focus is back on the Embed button in it.
    await expect(menu.getByRole('button', { name: 'Embed', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    await page.evaluate(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => {
        (window as unknown as { __printed: number }).__printed += 1;
      };
    });
    await toggle.click();
    await menu.getByRole('button', { name: 'Print handout' }).click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(
      1,
    );
    await expect(menu).toBeHidden();

    await toggle.click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('button', { name: 'Download image' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ice-cities-map.png');

    await menu.getByRole('button', { name: 'Present' }).click();
    await expect(page.getByText(/^1 \/ \d+$/)).toBeVisible();
  });
});

test.describe('before the scripts run', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });

  test('the tools are there at their final size, disabled, and the menu still opens', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'List' })).toBeDisabled();
    await page.getByRole('button', { name: 'Share and tools' }).click();
    const menu = page.getByRole('group', { name: 'Share and tools' });
    await expect(menu).toBeVisible();
    for (const name of ['Copy link', 'Embed', 'Present', 'Print handout', 'Download image']) {
      await expect(menu.getByRole('button', { name, exact: true })).toBeDisabled();
    }
  });
});
