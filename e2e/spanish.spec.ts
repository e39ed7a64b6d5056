/**
 * The Spanish edition (`lang=es`): every word a reader meets, formats by
 * locale, and a language switch that keeps the open city, view and mode.
 */
import type { Page } from '@playwright/test';
import { test, expect, cityButton, axeViolations, waitForInteractiveMap } from './fixtures';
import { en } from '../src/content/strings/en';
import { es } from '../src/content/strings/es';
import { readFileSync } from 'node:fs';

const tour = JSON.parse(readFileSync(new URL('../data/tour.json', import.meta.url), 'utf8')) as {
  steps: unknown[];
};

const NBSP = '\u00a0';
const CITIES_ES = [
  ['Chicago', 'Illinois'],
  ['Los Ángeles', 'California'],
  ['Dallas', 'Texas'],
  ['Ciudad de Nueva York', 'Nueva York'],
  ['Atlanta', 'Georgia'],
] as const;

/** Every fixed English UI string that Spanish says differently (the switch's "English" aside). */
function englishOnly(a: unknown, b: unknown, found: string[] = []): string[] {
  if (typeof a === 'string') {
    if (a !== b && a !== 'English' && a.length > 2) found.push(a);
  } else if (a && typeof a === 'object') {
    for (const [key, value] of Object.entries(a)) {
      englishOnly(value, (b as Record<string, unknown>)[key], found);
    }
  }
  return found;
}
const ENGLISH = englishOnly(en, es);

/** English UI strings in the page's text or in its names, titles and descriptions. */
async function englishOnPage(page: Page): Promise<string[]> {
  return page.evaluate((english) => {
    const wanted = new Set(english);
    const seen = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (wanted.has(text)) seen.add(text);
    }
    // The body's elements: an English entry turned Spanish by `?lang=es` keeps
    // its English <head> (its card and its oEmbed link name the English page).
    for (const element of document.body.querySelectorAll('*')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value && wanted.has(value)) seen.add(value);
      }
    }
    if (wanted.has(document.title)) seen.add(document.title);
    return [...seen];
  }, ENGLISH);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
]) {
  test(`in Spanish at ${viewport.width}×${viewport.height}: page, five city dialogs, annotation, list`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/?lang=es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page).toHaveTitle(/^Cinco ciudades/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Cinco ciudades señaladas/);
    await expect(page.getByRole('group', { name: 'Idioma' })).toBeVisible();

    // The annotation, formatted for Spanish (15 %, with a no-break space).
    const visible = (text: string) => page.getByText(text).filter({ visible: true }).first();
    await expect(visible(`+15${NBSP}%`)).toBeVisible();
    await expect(visible('Alcance no indicado')).toBeVisible();
    await expect(
      visible('Según el informe; no se especifica el periodo de comparación'),
    ).toBeVisible();

    // Numbers by locale in the buttons' names: 2.746.388.
    await expect(cityButton(page, 'Chicago')).toHaveAccessibleName(
      'Chicago, Illinois. Población en 2020: 2.746.388',
    );
    await waitForInteractiveMap(page);
    expect(await englishOnPage(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);

    for (const [city, state] of CITIES_ES) {
      await cityButton(page, city).click();
      const dialog = page.getByRole('dialog', { name: city });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByText(state, { exact: true })).toBeVisible();
      await expect(dialog.getByRole('heading', { name: 'Qué dice el informe' })).toBeVisible();
      await expect(dialog.getByRole('heading', { name: 'Política de la ciudad' })).toBeAttached();
      await expect(dialog.getByRole('heading', { name: `Ley estatal: ${state}` })).toBeAttached();
      // Source titles stay in English, said so.
      await expect(dialog.getByText('(en inglés)').first()).toBeAttached();
      if (city === 'Atlanta') {
        expect(await englishOnPage(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      }
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }

    await page.getByRole('button', { name: 'Lista' }).click();
    const table = page.getByRole('table', { name: 'Las cinco ciudades que señala el informe' });
    await expect(table.getByRole('rowheader')).toHaveText(CITIES_ES.map(([city]) => city));
    await expect(table.getByRole('columnheader', { name: 'Población en 2020' })).toBeVisible();
    expect(await englishOnPage(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the language switch is the first stop for the keyboard and keeps the open city and view', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'English' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Español' })).toBeFocused();

  await cityButton(page, 'Dallas').click();
  await expect(page.getByRole('dialog', { name: 'Dallas' })).toBeVisible();
  // The link names the Spanish page with the open city (it works without script too).
  await expect(page.getByRole('link', { name: 'Español' })).toHaveAttribute(
    'href',
    '/es/?city=dallas',
  );

  await page.getByRole('link', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const dialog = page.getByRole('dialog', { name: 'Dallas' });
  await expect(dialog.getByRole('heading', { name: 'Qué dice el informe' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Español' })).toHaveAttribute('aria-current', 'true');
  // The address is the Spanish entry, with the city.
  await expect(page).toHaveURL(/\/es\/\?city=dallas$/);

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(dialog.getByRole('heading', { name: 'What the report says' })).toBeVisible();
  await expect(page).toHaveURL(/:\d+\/\?city=dallas$/);

  await page.getByRole('button', { name: 'List' }).click();
  await page.getByRole('link', { name: 'Español' }).click();
  await expect(
    page.getByRole('table', { name: 'Las cinco ciudades que señala el informe' }),
  ).toBeVisible();
});

test('present mode in Spanish, and switching language keeps the step', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?mode=present&step=3&lang=es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Los Ángeles, California' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Notas para el docente (N)' }).click();
  await expect(page.getByRole('complementary', { name: 'Notas para el docente' })).toBeVisible();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Los Angeles, California' }),
  ).toBeVisible();
  await expect(page.getByText(`3 / ${tour.steps.length}`, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/:\d+\/\?city=los-angeles&mode=present&step=3$/);
  await page.getByRole('link', { name: 'Español' }).click();
  await page.keyboard.press('End');
  await expect(
    page.getByRole('heading', { name: 'Preguntas para el debate', exact: true }),
  ).toBeVisible();
  expect(await englishOnPage(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

test('an embed in Spanish', async ({ page }) => {
  await page.goto('/?mode=embed&lang=es&city=atlanta');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('dialog', { name: 'Atlanta' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Abrir el mapa completo/ })).toBeVisible();
  await waitForInteractiveMap(page);
  expect(await englishOnPage(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});
