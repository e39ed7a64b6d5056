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

test('printed from the timeline view, the timeline follows the handout; from the map, it is left out', async ({
  page,
}) => {
  const pagesOf = (pdf: Buffer) =>
    pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
  const handoutPages = pagesOf(await page.pdf({ format: 'Letter', printBackground: true }));
  expect(handoutPages).toBeLessThanOrEqual(2);

  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  const region = page.getByRole('region', { name: 'Timeline' });
  await expect(region).toBeVisible();
  const pages = pagesOf(await page.pdf({ format: 'Letter', printBackground: true }));
  expect(pages).toBeGreaterThan(handoutPages);
  expect(pages).toBeLessThanOrEqual(handoutPages + 2);

  await page.emulateMedia({ media: 'print' });
  const sources = (await page
    .getByRole('heading', { name: 'Sources', exact: true })
    .boundingBox())!;
  const timeline = (await region.getByRole('heading', { name: 'Timeline' }).boundingBox())!;
  expect(timeline.y).toBeGreaterThan(sources.y);
  await expect(region.getByRole('list', { name: 'Chicago', exact: true })).toBeVisible();
  await expect(region.getByRole('button').first()).toBeHidden();
  await expect(region.getByRole('radio').first()).toBeHidden();
});
