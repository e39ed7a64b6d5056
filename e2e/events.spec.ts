/**
 * Enforcement in 2025–2026: each city's notes list its events, newest first,
 * each dated and with a linked source, the latest three shown and the rest
 * behind "Show all" (a disclosure that works with no script); in Spanish too;
 * and the notes file holds them.
 */
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { test, expect, CITY_NAMES, CITY_NAMES_ES, cityButton, axeViolations } from './fixtures';

const EDITIONS = [
  { path: '/', heading: 'Enforcement in 2025–2026', more: /^Show all \(\d+ more\)$/, es: false },
  {
    path: '/es/',
    heading: 'Control migratorio en 2025–2026',
    more: /^Ver todo \(\d+ más\)$/,
    es: true,
  },
];

async function checkEvents(page: Page, edition: (typeof EDITIONS)[number]) {
  for (const [city] of CITY_NAMES) {
    const name = edition.es ? CITY_NAMES_ES[city] : city;
    await cityButton(page, name).click();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    const latest = dialog.getByRole('list', { name: edition.heading });
    const items = latest.getByRole('listitem');
    await expect(items).toHaveCount(3);
    for (const item of await items.all()) {
      // The event's own date comes first; its sources' dates follow.
      await expect(item.locator('time').first()).toHaveAttribute(
        'datetime',
        /^\d{4}(-\d{2}){0,2}$/,
      );
      await expect(item.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    }
    // The order is newest first.
    const dates = await latest
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? ''),
      );
    expect(dates).toEqual([...dates].sort().reverse());
    const more = dialog.getByText(edition.more);
    if ((await more.count()) > 0) {
      await more.click();
      await expect(dialog.getByRole('list', { name: edition.heading })).toHaveCount(2);
      await expect(
        dialog.getByRole('list', { name: edition.heading }).nth(1).getByRole('listitem').first(),
      ).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
}

for (const edition of EDITIONS) {
  test(`${edition.path}: every city's notes show its events, dated and sourced, and "Show all" the rest`, async ({
    page,
  }) => {
    await page.goto(edition.path);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
    await checkEvents(page, edition);
    await cityButton(page, edition.es ? 'Dallas' : 'Dallas').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });
    test(`${edition.path}: the events and "Show all" work from the HTML alone`, async ({
      page,
    }) => {
      await page.goto(edition.path);
      await checkEvents(page, edition);
    });
  });
}

test('the notes file holds every event, with the level "event", a date and a source', async ({
  request,
}) => {
  const response = await request.get('/data/notes.csv');
  const rows = parse(await response.text(), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
  const events = rows.filter((row) => row.level === 'event');
  for (const [city] of CITY_NAMES) {
    const cityId = city.toLowerCase().replace(/ /g, '-');
    expect(events.filter((row) => row.city_id === cityId).length, city).toBeGreaterThanOrEqual(3);
  }
  for (const row of events) {
    expect(row.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    expect(row.source_1_url).toMatch(/^https:\/\//);
  }
});

test('the list view gives each city its latest event, dated, in English and Spanish', async ({
  page,
}) => {
  for (const { path, table, column } of [
    {
      path: '/?view=list',
      table: 'The five cities named in the report',
      column: 'Latest event (2025–2026)',
    },
    {
      path: '/es/?view=list',
      table: 'Las cinco ciudades que señala el informe',
      column: 'Último hecho (2025–2026)',
    },
  ]) {
    await page.goto(path);
    const list = page.getByRole('table', { name: table });
    await expect(list.getByRole('columnheader', { name: column })).toBeVisible();
    const rows = list.getByRole('row');
    await expect(rows).toHaveCount(6);
    for (const row of (await rows.all()).slice(1)) {
      const cell = row.getByRole('cell').nth(3);
      await expect(cell.locator('time')).toHaveAttribute('datetime', /^\d{4}(-\d{2}){0,2}$/);
      await expect(cell).toHaveText(/\S.{40,}\.$/);
    }
  }
});

test('present mode has a step for the events of 2025–2026, with each city’s latest and a question', async ({
  page,
}) => {
  await page.goto('/?mode=present');
  const step = page.getByRole('combobox', { name: 'Step' });
  await step.selectOption({ label: '8. Enforcement in 2025–2026' });
  await expect(
    page.getByRole('heading', { level: 2, name: 'Enforcement in 2025–2026' }),
  ).toBeVisible();
  const latest = page.getByRole('listitem').filter({ has: page.locator('time') });
  await expect(latest).toHaveCount(5);
  for (const [city] of CITY_NAMES) await expect(latest.filter({ hasText: city })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Questions for discussion' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the sources section sends a reader to each city’s notes, with or without script', async ({
  browser,
}) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/');
    if (javaScriptEnabled) await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
    const sources = page.getByRole('region', { name: 'Sources' });
    await expect(sources.getByText(/City of Chicago, 2012/)).toBeVisible();
    await sources.getByRole('button', { name: 'Open Atlanta’s notes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Atlanta' });
    await expect(dialog).toBeVisible();
    await expect(
      dialog.getByRole('list', { name: 'Enforcement in 2025–2026' }).first(),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await context.close();
  }
});

test('an embed’s city notes carry the events', async ({ page }) => {
  await page.goto('/embed/');
  await cityButton(page, 'Dallas').click();
  const dialog = page.getByRole('dialog', { name: 'Dallas' });
  await expect(dialog.getByRole('heading', { name: 'Enforcement in 2025–2026' })).toBeVisible();
  await expect(dialog.getByText(/September 24, 2025/).first()).toBeVisible();
});

test('open notes close from the parts of the page that stay as the HTML has them: focus on the figures’ disclosure, a click on the sources, Escape on their buttons', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const sources = page.getByRole('region', { name: 'Sources' });

  await cityButton(page, 'Chicago').click();
  const chicago = page.getByRole('dialog', { name: 'Chicago' });
  await expect(chicago).toBeVisible();
  // Focus that leaves for the page closes them (WCAG 2.4.11).
  await page
    .getByText('What the official figures say', { exact: true })
    .filter({ visible: true })
    .focus();
  await expect(chicago).toBeHidden();

  await cityButton(page, 'Chicago').click();
  await expect(chicago).toBeVisible();
  await sources.getByText(/City of Chicago, 2012/).click();
  await expect(chicago).toBeHidden();

  await sources.getByRole('button', { name: 'Open Dallas’s notes' }).click();
  const dallas = page.getByRole('dialog', { name: 'Dallas' });
  await expect(dallas).toBeVisible();
  // Opening again leaves them open ("show", not a toggle).
  await sources.getByRole('button', { name: 'Open Dallas’s notes' }).click();
  await expect(dallas).toBeVisible();
  await sources.getByRole('button', { name: 'Open Dallas’s notes' }).focus();
  await page.keyboard.press('Escape');
  await expect(dallas).toBeHidden();
});
