/**
 * Usable the moment it paints: the city notes are in the HTML and open with
 * no script (the platform's popovers), a tap made before the scripts arrive
 * is kept when they do, and opening a city's notes never loads MapLibre.
 */
import { test, expect, CITY_NAMES, cityButton, axeViolations } from './fixtures';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

  test('each city opens its notes by click and by keyboard, and Escape closes them', async ({
    page,
  }) => {
    await page.goto('/');
    for (const [city, state] of CITY_NAMES) {
      const button = cityButton(page, city);
      const dialog = page.getByRole('dialog', { name: city });
      await button.click();
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading', { name: 'What the report says' })).toBeVisible();
      await expect(dialog.getByText(state, { exact: true })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      await button.focus();
      await page.keyboard.press('Enter');
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();

      await page.keyboard.press('Space');
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });

  test('a click outside closes the notes, the close button too, and another city switches them', async ({
    page,
  }) => {
    await page.goto('/');
    await cityButton(page, 'Dallas').click();
    await expect(page.getByRole('dialog', { name: 'Dallas' })).toBeVisible();
    // (Dallas's notes sit beside it and may cover a neighbour: the keyboard reaches any city.)
    await cityButton(page, 'Atlanta').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Atlanta' })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Dallas' })).toBeHidden();
    await page.getByRole('heading', { level: 1 }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await cityButton(page, 'Chicago').click();
    await page
      .getByRole('dialog', { name: 'Chicago' })
      .getByRole('button', { name: 'Close' })
      .click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('on a phone the notes are a bottom sheet inside the screen, and accessible', async ({
    browser,
  }) => {
    // Scripts that never arrive rather than JavaScript off, so that axe can run.
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: true });
    const page = await context.newPage();
    await page.route(/\.js(\?.*)?$/, (route) => route.abort());
    await page.goto('/');
    await cityButton(page, 'New York City').tap();
    const dialog = page.getByRole('dialog', { name: 'New York City' });
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    // The whole width of the screen, at its bottom.
    expect(Math.abs(box.x)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(box.width - 390)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(box.y + box.height - 844)).toBeLessThanOrEqual(1);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

test.describe('before the scripts arrive, on a phone', () => {
  test.use(PHONE);

  test('a city tapped at first paint shows its notes, and they stay open when the scripts arrive', async ({
    page,
  }) => {
    // Every script is held back until released: nothing of the app runs.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\.js(\?.*)?$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/', { waitUntil: 'commit' });
    await cityButton(page, 'Chicago').tap();
    const dialog = page.getByRole('dialog', { name: 'Chicago' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'City policy' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();

    release();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
    // The app adopted it: still open, in the address, and the app's own keys work.
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(/\?city=chicago$/);
    await expect(cityButton(page, 'Chicago')).toHaveAttribute('aria-expanded', 'true');
    await dialog.getByRole('button', { name: /^Next city: / }).click();
    await expect(page.getByRole('dialog', { name: 'Los Angeles' })).toBeVisible();
    await expect(dialog).toBeHidden();
  });
});

test.describe('opening a city is not reaching for the map', () => {
  for (const [name, path, options] of [
    ['a phone', '/', PHONE],
    ['a wide embed', '/embed/', { viewport: { width: 1000, height: 800 } }],
    ['a phone embed', '/es/embed/', PHONE],
  ] as const) {
    test(`on ${name} (${path}), the notes open and no MapLibre file is requested`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ ...options, serviceWorkers: 'allow' });
      const page = await context.newPage();
      const mapLibre: string[] = [];
      context.on('request', (request) => {
        if (/live-map|maplibre/.test(request.url())) mapLibre.push(request.url());
      });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
      const city = path.startsWith('/es/') ? 'Dallas' : 'Atlanta';
      await (options.viewport.width < 500
        ? cityButton(page, city).tap()
        : cityButton(page, city).click());
      await expect(page.getByRole('dialog', { name: city })).toBeVisible();
      await page.waitForTimeout(2000);
      await expect(page.locator('html')).toHaveAttribute('data-map-state', 'static');
      expect(mapLibre).toEqual([]);
      // A zoom button is reaching for it.
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /^(Zoom in|Acercar)$/ }).click();
      await expect(page.locator('html')).toHaveAttribute('data-map-state', 'interactive', {
        timeout: 30_000,
      });
      await context.close();
    });
  }
});
