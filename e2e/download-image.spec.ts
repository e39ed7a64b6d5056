import { readFileSync } from 'node:fs';
import { test, expect, pixelSpread } from './fixtures';

test('“Download image” saves a PNG of the map at twice the screen density, not blank', async ({
  page,
}) => {
  await page.goto('/');
  const map = page.getByRole('region', { name: /Map of the contiguous/ });
  const box = (await map.boundingBox())!;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download image' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ice-cities-map.png');
  const png = readFileSync((await download.path())!);
  // PNG header: width and height are big-endian at bytes 16 and 20.
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(Math.round(box.width) * 2);
  expect(png.readUInt32BE(20)).toBeGreaterThan(Math.round(box.height) * 2);
  expect(await pixelSpread(page, png)).toBeGreaterThan(10);
  await expect(page.getByRole('status').filter({ hasText: 'Image downloaded' })).toBeVisible();
});

test('in the timeline view, “Download image” saves the timeline on its current axis', async ({
  page,
}) => {
  await page.goto('/es/?view=timeline');
  const region = page.getByRole('region', { name: 'Cronología' });
  await region.getByRole('radio', { name: /^2025–2026/ }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Descargar imagen' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('ice-cities-timeline.png');
  const png = readFileSync((await download.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(2000);
  expect(await pixelSpread(page, png)).toBeGreaterThan(10);
});
