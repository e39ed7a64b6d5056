import { test, expect, CITY_NAMES, cityButton, axeViolations } from './fixtures';
import { LAUNCH_OPTIONS } from './launch';

// A browser with no WebGL at all: MapLibre throws GPUInitializationError.
test.use({
  launchOptions: {
    ...LAUNCH_OPTIONS,
    args: [...LAUNCH_OPTIONS.args, '--disable-gpu', '--disable-software-rasterizer'],
  },
  viewport: { width: 1280, height: 800 },
});

test('without WebGL the static map stays, says so, and every city, list and link works', async ({
  page,
}) => {
  // On a desktop-sized page MapLibre is tried at once, and fails here.
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-map-state', 'fallback');
  await expect(page.getByText(/interactive map \(pan and zoom\) is not available/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();

  for (const [city] of CITY_NAMES) {
    await cityButton(page, city).click();
    const dialog = page.getByRole('dialog', { name: city });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    await page.keyboard.press('Escape');
  }
  await expect(page.getByText('+15%').filter({ visible: true }).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('table')).toBeVisible();
});
