/**
 * The timeline (issue 22): every dated note of the five cities on one axis,
 * as lists first. In both languages; placed in date order; a list in the
 * HTML that works with no script; each entry opens its city's notes at that
 * note; no axe violation; nothing sideways at 320 px; in present mode and in
 * an embed.
 */
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { test, expect, axeViolations, CITY_NAMES, CITY_NAMES_ES } from './fixtures';

interface DataCity {
  id: string;
  events: { date: string | null }[];
  localNotes: { date: string | null }[];
  stateNotes: { date: string | null }[];
}
const cities = JSON.parse(readFileSync('data/cities.json', 'utf8')) as DataCity[];
const datedCount = (city: DataCity) =>
  [...city.events, ...city.localNotes, ...city.stateNotes].filter((n) => n.date !== null).length;

const EDITIONS = [
  { path: '/?view=timeline', region: 'Timeline', es: false, recent: /^2025–2026, by month$/ },
  { path: '/es/?view=timeline', region: 'Cronología', es: true, recent: /^2025–2026, por meses$/ },
];

/** Where each entry's mark starts along the axis, in list order (px from the left). */
function markStarts(list: Locator) {
  return list.evaluate((element) =>
    [...element.querySelectorAll(':scope > li time[datetime]')].map((time) => {
      const mark = getComputedStyle(time, '::before');
      return mark.display === 'none' ? null : parseFloat(mark.left);
    }),
  );
}

/** A city's list in the timeline, named by its heading. */
const cityList = (region: Locator, name: string) => region.getByRole('list', { name, exact: true });

test.describe('the timeline view', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const edition of EDITIONS) {
    test(`shows every dated note of the five cities in date order along the axis (${edition.region})`, async ({
      page,
    }) => {
      await page.goto(edition.path);
      const region = page.getByRole('region', { name: edition.region });
      await expect(region).toBeVisible();
      await expect(page.getByRole('region', { name: /^Map of|^Mapa de/ })).toBeHidden();
      for (const [index, [english]] of CITY_NAMES.entries()) {
        const name = edition.es ? CITY_NAMES_ES[english] : english;
        const list = cityList(region, name);
        await expect(list.getByRole('listitem')).toHaveCount(datedCount(cities[index]!));
        const dates = await list
          .locator(':scope > li time')
          .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
        expect(dates, `${name}: oldest first`).toEqual([...dates].sort());
        const starts = await markStarts(list);
        expect(starts.every((x) => x !== null && x > 0)).toBe(true);
        expect(starts, `${name}: placed in date order`).toEqual(
          [...starts].sort((a, b) => a! - b!),
        );
        // Each entry: its date, level, a linked source and its city's notes.
        const first = list.getByRole('listitem').first();
        await expect(first.getByRole('link')).toHaveAttribute('href', /^https:\/\//);
        await expect(first.getByRole('button')).toHaveAttribute(
          'popovertarget',
          `city-notes-${cities[index]!.id}`,
        );
      }
      expect(await axeViolations(page)).toEqual([]);

      // Rescaled to 2025–2026: what came before leaves the axis, the rest spreads out.
      await region.getByRole('radio', { name: edition.recent }).check();
      const chicago = cityList(region, 'Chicago');
      const recent = await markStarts(chicago);
      const dates = await chicago
        .locator(':scope > li time')
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
      dates.forEach((date, i) => expect(recent[i] === null).toBe(date < '2025'));
      const placed = recent.filter((x) => x !== null);
      expect(placed).toEqual([...placed].sort((a, b) => a - b));
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('is chosen with the view switch, and its address says so', async ({ page }) => {
    await page.goto('/');
    const region = page.getByRole('region', { name: 'Timeline' });
    await expect(region).toBeHidden();
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect(region).toBeVisible();
    await expect(page).toHaveURL(/[?&]view=timeline\b/);
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect(region).toBeHidden();
  });

  test('an entry opens its city’s notes at that note, and Escape returns to it', async ({
    page,
  }) => {
    await page.goto('/?view=timeline');
    const region = page.getByRole('region', { name: 'Timeline' });
    const list = cityList(region, 'Los Angeles');
    // The oldest event is behind "Show all" in the notes: it opens for it.
    const entry = list.getByRole('listitem').filter({ hasText: '· Event' }).first();
    const sentence = (await entry.locator('p').nth(1).textContent())!;
    const button = entry.getByRole('button', { name: 'Read in Los Angeles’s notes' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Los Angeles' });
    await expect(dialog).toBeVisible();
    const focused = dialog.locator('li:focus');
    await expect(focused).toContainText(sentence);
    await expect(focused).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    // A state law, by keyboard.
    const law = cityList(region, 'Dallas')
      .getByRole('listitem')
      .filter({ hasText: '· State law' })
      .first();
    const lawText = (await law.locator('p').nth(1).textContent())!;
    await law.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Dallas' }).locator('li:focus')).toContainText(
      lawText,
    );
  });

  test('fits a 320 px phone: the axis in the first screen, nothing sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto('/?view=timeline');
    const region = page.getByRole('region', { name: 'Timeline' });
    await expect(region.getByRole('radio', { name: 'All years' })).toBeVisible();
    const axisTop = await region.evaluate(
      (element) => element.querySelector('.timeline__axis')!.getBoundingClientRect().top,
    );
    expect(axisTop).toBeLessThan(568 - 100);
    // The first note (Los Angeles, 1979) is drawn in the first screen.
    const firstMark = await cityList(region, 'Los Angeles').evaluate((element) => {
      const time = element.querySelector('time[datetime]')!;
      const body = element.closest('.timeline__body')!.getBoundingClientRect();
      return body.top + parseFloat(getComputedStyle(time, '::before').top);
    });
    expect(firstMark).toBeLessThan(568);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await region.getByRole('radio', { name: /^2025–2026/ }).check();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the timeline with no script', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

  test('is a list in the HTML whose source links and city buttons work', async ({ page }) => {
    await page.goto('/');
    const region = page.getByRole('region', { name: 'Timeline' });
    await expect(region).toBeVisible();
    const list = cityList(region, 'Atlanta');
    await expect(list.getByRole('listitem')).toHaveCount(datedCount(cities[4]!));
    const entry = list.getByRole('listitem').first();
    const link = entry.getByRole('link');
    await expect(link).toHaveAttribute('href', /^https:\/\//);
    await expect(link).toHaveAttribute('target', '_blank');
    await entry.getByRole('button').click();
    await expect(page.getByRole('dialog', { name: 'Atlanta' })).toBeVisible();
  });
});

test.describe('the timeline in present mode and in an embed', () => {
  test('present mode has a timeline step with a question', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?mode=present&step=7&theme=contrast');
    await expect(page.getByRole('heading', { name: /^Over time/ })).toBeVisible();
    const region = page.getByRole('region', { name: 'Timeline' });
    await expect(region).toBeVisible();
    await expect(region.getByRole('list', { name: 'Chicago', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Questions for discussion' })).toBeVisible();
    // The entries open nothing here: present mode shows no city's notes.
    await expect(region.getByRole('button')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expect(region).toBeHidden();
    await expect(page.getByRole('region', { name: /^Map of/ })).toBeVisible();
  });

  test('an embed of the timeline tells its host its height', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto('http://localhost:4174/timeline.html');
    const iframe = page.locator('#timeline');
    // A frame below the fold is not rendered, so it measures nothing until seen.
    await iframe.scrollIntoViewIfNeeded();
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await expect(frame.getByRole('region', { name: 'Timeline' })).toBeVisible();
    await expect(frame.getByRole('list', { name: 'Atlanta', exact: true })).toBeVisible();
    await expect
      .poll(async () => {
        const content = await frame.evaluate(() =>
          Math.ceil(document.body.getBoundingClientRect().height),
        );
        return Math.abs((await iframe.boundingBox())!.height - content);
      })
      .toBeLessThanOrEqual(20);
    expect((await iframe.boundingBox())!.height).toBeGreaterThan(1500);
  });
});

test('the city’s notes still open from its entry in Spanish', async ({ page }) => {
  await page.goto('/es/?view=timeline');
  const region = page.getByRole('region', { name: 'Cronología' });
  const list = cityList(region, CITY_NAMES_ES['New York City']);
  await list
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: 'Leer en las notas de Ciudad de Nueva York' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Ciudad de Nueva York' })).toBeVisible();
});
