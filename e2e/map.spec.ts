import {
  test,
  expect,
  CITY_NAMES,
  CITY_NAMES_ES,
  cityButton,
  waitForInteractiveMap,
  axeViolations,
  pixelSpread,
} from './fixtures';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
];

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const viewport of [...VIEWPORTS, { width: 320, height: 480 }, { width: 1920, height: 1080 }]) {
  for (const path of ['/', '/es/']) {
    test(`${path} at ${viewport.width}×${viewport.height}: no city's button overlaps another's, and the annotation covers none`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(path);
      const boxes: [string, Box][] = [];
      for (const [city] of CITY_NAMES) {
        const name = path === '/es/' ? CITY_NAMES_ES[city] : city;
        boxes.push([name, (await cityButton(page, name).boundingBox())!]);
      }
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          expect(overlap(boxes[i]![1], boxes[j]![1]), `${boxes[i]![0]} / ${boxes[j]![0]}`).toBe(
            false,
          );
        }
      }
      // Geometry only: the callout has no role of its own, so it is found by its class.
      const callout = (await page.locator('.annotation-callout').boundingBox())!;
      for (const [city, box] of boxes) {
        expect(overlap(callout, box), `annotation covers ${city}`).toBe(false);
      }
    });
  }
}

for (const viewport of VIEWPORTS) {
  test.describe(`the map at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('draws the basemap and shows the five cities, named and inside the view', async ({
      page,
    }) => {
      await page.goto('/');
      await waitForInteractiveMap(page);

      const map = page.getByRole('region', { name: /Map of the contiguous United States/ });
      await expect(map).toBeVisible();
      expect(await pixelSpread(page, await map.screenshot())).toBeGreaterThan(10);

      const mapBox = await map.boundingBox();
      expect(mapBox).not.toBeNull();
      for (const [city, state] of CITY_NAMES) {
        const button = cityButton(page, city);
        await expect(button).toBeVisible();
        await expect(button).toHaveAccessibleName(new RegExp(`^${city}, ${state}`));
        const box = await button.boundingBox();
        expect(box, city).not.toBeNull();
        // The whole button, label included, lies inside the map.
        expect(box!.x).toBeGreaterThanOrEqual(mapBox!.x - 1);
        expect(box!.y).toBeGreaterThanOrEqual(mapBox!.y - 1);
        expect(box!.x + box!.width).toBeLessThanOrEqual(mapBox!.x + mapBox!.width + 1);
        expect(box!.y + box!.height).toBeLessThanOrEqual(mapBox!.y + mapBox!.height + 1);
        // Big enough to hit (WCAG 2.5.8).
        expect(box!.width).toBeGreaterThanOrEqual(24);
        expect(box!.height).toBeGreaterThanOrEqual(24);
      }

      await expect(page.getByText(/Circle area shows 2020 population/)).toBeVisible();
      await expect(page.getByText(/U\.S\. Census Bureau/)).toBeVisible();
      await expect(page.getByText(/Natural Earth/)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });

    test('selects a city by mouse and by keyboard', async ({ page }) => {
      await page.goto('/');
      const chicago = cityButton(page, 'Chicago');
      const dallas = cityButton(page, 'Dallas');
      const atlanta = cityButton(page, 'Atlanta');

      await chicago.click();
      await expect(chicago).toHaveAttribute('aria-expanded', 'true');

      // Tab through the page until Dallas has focus, then Enter.
      await page.locator('body').focus();
      for (
        let i = 0;
        i < 40 && !(await dallas.evaluate((el) => el === document.activeElement));
        i += 1
      ) {
        await page.keyboard.press('Tab');
      }
      await expect(dallas).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(dallas).toHaveAttribute('aria-expanded', 'true');
      await expect(chicago).toHaveAttribute('aria-expanded', 'false');

      await atlanta.focus();
      await page.keyboard.press('Space');
      await expect(atlanta).toHaveAttribute('aria-expanded', 'true');

      await waitForInteractiveMap(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
