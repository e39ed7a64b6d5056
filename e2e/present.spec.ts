import { test, expect, CITY_NAMES, axeViolations } from './fixtures';
import { readFileSync } from 'node:fs';

const tour = JSON.parse(readFileSync(new URL('../data/tour.json', import.meta.url), 'utf8')) as {
  steps: unknown[];
};
const COUNT = tour.steps.length;
const progress = (page: import('@playwright/test').Page) => page.getByText(/^\d+ \/ \d+$/);

test.describe('present mode at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the keyboard drives every step both ways, clicker keys included; the URL follows', async ({
    page,
  }) => {
    await page.goto('/?mode=present');
    await expect(progress(page)).toHaveText(`1 / ${COUNT}`);
    const seen = new Set<string>();
    for (let step = 1; step <= COUNT; step += 1) {
      await expect(progress(page)).toHaveText(`${step} / ${COUNT}`);
      seen.add((await page.getByRole('heading', { level: 2 }).first().textContent()) ?? '');
      if (step < COUNT) await page.keyboard.press(step % 2 ? 'ArrowRight' : 'PageDown');
    }
    await expect(page).toHaveURL(new RegExp(`step=${COUNT}`));
    for (let step = COUNT; step > 1; step -= 1) {
      await page.keyboard.press(step % 2 ? 'ArrowLeft' : 'PageUp');
      await expect(progress(page)).toHaveText(`${step - 1} / ${COUNT}`);
    }
    await page.keyboard.press('End');
    await expect(progress(page)).toHaveText(`${COUNT} / ${COUNT}`);
    await page.keyboard.press('Home');
    await expect(progress(page)).toHaveText(`1 / ${COUNT}`);
    await page.keyboard.press('4');
    await expect(progress(page)).toHaveText(`4 / ${COUNT}`);
    // Every city is some step's focus.
    for (const [city, state] of CITY_NAMES) expect(seen).toContain(`${city}, ${state}`);
  });

  test('a step link opens at that step, N shows the teacher’s notes, Escape returns to explore with the city', async ({
    page,
  }) => {
    await page.goto('/?mode=present&step=3');
    await expect(progress(page)).toHaveText(`3 / ${COUNT}`);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Los Angeles, California' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
    await page.keyboard.press('n');
    await expect(page.getByRole('complementary', { name: 'Teacher’s notes' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\?city=los-angeles$/);
    await expect(page.getByRole('dialog', { name: 'Los Angeles' })).toBeVisible();
  });

  test('the projector theme is large, high-contrast and accessible', async ({ page }) => {
    await page.goto('/?mode=present&step=2&theme=contrast');
    const lead = page.locator('.present-step__lead');
    const size = await lead.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    const colours = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(colours).toBe('rgb(0, 0, 0)');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next →' }).click();
    await expect(progress(page)).toHaveText(`3 / ${COUNT}`);
    expect(await axeViolations(page)).toEqual([]);
  });
});
