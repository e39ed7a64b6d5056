import { test, expect, CITY_NAMES, cityButton } from './fixtures';

test('the printed handout is one or two pages with the map, every city and the sources, and no controls', async ({
  page,
}) => {
  await page.goto('/?city=dallas');
  await expect(page.getByRole('dialog', { name: 'Dallas' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print handout' })).toBeVisible();

  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const [city, state] of CITY_NAMES) {
    await expect(cityButton(page, city)).toBeVisible();
    await expect(page.getByText(`${city}, ${state}.`, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeVisible();
  await expect(
    page
      .getByText(/comparison period not specified/i)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  await expect(page.getByRole('dialog')).toBeHidden();
});
