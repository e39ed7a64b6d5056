/** Take it away: the data as files, how to cite the piece, and what changed when. */
import { test, expect } from './fixtures';

for (const { path, heading, links } of [
  {
    path: '/',
    heading: 'Get the data',
    links: ['Cities (CSV)', 'Notes and their sources (CSV)', 'Everything (JSON)'],
  },
  {
    path: '/es/',
    heading: 'Descargar los datos',
    links: ['Ciudades (CSV)', 'Notas y sus fuentes (CSV)', 'Todo (JSON)'],
  },
]) {
  test(`${path}: "${heading}" links download the files, each with its content type`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const group = page.getByRole('group', { name: heading });
    await expect(group).toBeVisible();
    for (const name of links) {
      const link = group.getByRole('link', { name });
      await expect(link).toHaveAttribute('download', /\.(csv|json)$/);
      const href = (await link.getAttribute('href'))!;
      expect(href.startsWith(`${path}data/`)).toBe(true);
      const response = await request.get(href);
      expect(response.ok()).toBe(true);
      const type = response.headers()['content-type'];
      expect(type).toMatch(href.endsWith('.csv') ? /^text\/csv/ : /^application\/json/);
      const body = await response.body();
      if (href.endsWith('.csv')) expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
    // One of them really downloads, under its own name.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      group.getByRole('link', { name: links[0] }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cities.csv');
  });
}

test('the citation copies with the address and the last-updated date; the updates list ends at that date', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const stamp = await page
    .getByText(/^Last updated:/)
    .locator('time')
    .getAttribute('datetime');
  const updates = page.getByRole('group', { name: 'Updates' });
  await expect(updates).toBeVisible();
  const newest = await updates
    .getByRole('listitem')
    .first()
    .locator('time')
    .getAttribute('datetime');
  expect(newest).toBe(stamp);

  const cite = page.getByRole('group', { name: 'How to cite' });
  await cite.getByRole('button', { name: 'Copy citation' }).click();
  await expect(cite.getByRole('status')).toHaveText('Citation copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const [year, month, day] = stamp!.split('-').map(Number);
  const written = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
  expect(copied).toContain('http://localhost:4173/');
  expect(copied).toContain(written);
  expect(copied).toContain('Accessed [date]');
});

for (const { path, updates, correction, findings } of [
  {
    path: '/',
    updates: 'Updates',
    correction: 'Correction',
    findings: [/Executive Order 50/, /Green Light Law/, /SB 8/, /287\(g\)/, /summary/, /jail/],
  },
  {
    path: '/es/',
    updates: 'Actualizaciones',
    correction: 'Corrección',
    findings: [/Orden Ejecutiva 50/, /Luz Verde/, /SB 8/, /287\(g\)/, /resumen/, /cárcel/],
  },
]) {
  test(`${path}: each correction of 2026-12-06 is in the updates log, marked as one`, async ({
    page,
  }) => {
    await page.goto(path);
    const log = page.getByRole('group', { name: updates });
    const corrections = log
      .getByRole('listitem')
      .filter({ has: page.locator('time[datetime="2026-12-06"]') })
      .filter({ hasText: correction });
    // a1–a6 and b1–b4: one entry per finding.
    await expect(corrections).toHaveCount(10);
    for (const finding of findings) {
      await expect(corrections.filter({ hasText: finding }).first()).toBeAttached();
    }
  });
}
