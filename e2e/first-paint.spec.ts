import { test, expect, CITY_NAMES, cityButton, waitForInteractiveMap } from './fixtures';

const MAP = { name: /Map of the contiguous United States/ };

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

  test('the page still shows the map outline, the five cities and the headline', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'static');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /Five cities named as next targets/,
    );
    const map = page.getByRole('region', MAP);
    await expect(map).toBeVisible();
    // The outline is the prerendered SVG (its layers drawn from the shared
    // basemap file): the land layer has real extent.
    await expect
      .poll(() =>
        map.evaluate(
          (el) => el.querySelector('svg use:nth-of-type(2)')?.getBoundingClientRect().width ?? 0,
        ),
      )
      .toBeGreaterThan(500);
    const land = await map.evaluate((el) => {
      const layer = el.querySelector('svg use:nth-of-type(2)');
      const box = layer?.getBoundingClientRect();
      return box ? { width: box.width, height: box.height } : null;
    });
    expect(land!.width).toBeGreaterThan(500);
    expect(land!.height).toBeGreaterThan(250);
    for (const [city] of CITY_NAMES) await expect(cityButton(page, city)).toBeVisible();
    await expect(page.getByText('+15%').filter({ visible: true }).first()).toBeVisible();
  });
});

test.describe('the upgrade to MapLibre', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('goes static then interactive; a focused button keeps its focus and place, an open popover stays open', async ({
    page,
  }) => {
    // Hold MapLibre back so there is time to act on the static map.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/live-map-.*\.js$/, async (route) => {
      await held;
      await route.continue();
    });

    await page.goto('/?city=chicago');
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'static');
    await expect(page.getByRole('dialog', { name: 'Chicago' })).toBeVisible();

    const before: Record<string, { x: number; y: number }> = {};
    for (const [city] of CITY_NAMES) before[city] = (await cityButton(page, city).boundingBox())!;
    // Its own city's button: focus there leaves the popover open.
    await cityButton(page, 'Chicago').focus();

    release();
    await waitForInteractiveMap(page);
    await expect(cityButton(page, 'Chicago')).toBeFocused();
    await expect(page.getByRole('dialog', { name: 'Chicago' })).toBeVisible();
    for (const [city] of CITY_NAMES) {
      const after = (await cityButton(page, city).boundingBox())!;
      expect(Math.abs(after.x - before[city]!.x), `${city} x`).toBeLessThanOrEqual(1);
      expect(Math.abs(after.y - before[city]!.y), `${city} y`).toBeLessThanOrEqual(1);
    }
  });

  test('the zoom buttons work before MapLibre has loaded', async ({ page }) => {
    await page.route(/live-map-.*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('/');
    const chicago = cityButton(page, 'Chicago');
    const nyc = cityButton(page, 'New York City');
    const gap = async () => (await nyc.boundingBox())!.x - (await chicago.boundingBox())!.x;
    const start = await gap();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await waitForInteractiveMap(page);
    await expect.poll(gap).toBeGreaterThan(start * 1.5);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(gap).toBeLessThan(start * 1.5);
  });

  test('on a phone the map stays static until the reader reaches for it', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/');
    await page.waitForTimeout(2500);
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'static');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'interactive', {
      timeout: 30_000,
    });
  });
});
