/**
 * The Great Lakes are water on both sides of the border: on the static map,
 * on MapLibre's, and in the downloaded image. Points in Canadian waters take
 * the water's colour, not the neighbouring land's.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, cityButton, waitForInteractiveMap } from './fixtures';
import { toWorld } from '../src/map/projection';
import { titleBand, wrapText } from '../src/features/export/map-image';

/** Points in the Canadian part of each lake (lon, lat). */
const CANADIAN_WATERS = {
  'Lake Superior': { lon: -86.6, lat: 48.1 },
  'Georgian Bay': { lon: -80.8, lat: 45.3 },
  'Lake Huron': { lon: -82.0, lat: 44.3 },
  'Lake Erie': { lon: -81.2, lat: 42.45 },
  'Lake Ontario': { lon: -78.0, lat: 43.7 },
};
const CHICAGO = { lon: -87.6316, lat: 41.8839 };
const NEW_YORK = { lon: -74.006, lat: 40.7128 };

type Rgb = [number, number, number];
const close = (a: Rgb, b: Rgb) => a.every((v, i) => Math.abs(v - b[i]!) <= 12);

/** The screen frame, from two markers' centres and their world positions (as the download does). */
async function screenFrame(page: Page) {
  const centre = async (name: string) => {
    const dot = cityButton(page, name).locator('span').first();
    const box = (await dot.boundingBox())!;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const [a, b] = [await centre('Chicago'), await centre('New York City')];
  const [wa, wb] = [toWorld(CHICAGO), toWorld(NEW_YORK)];
  const scale = (b.x - a.x) / (wb.x - wa.x);
  return { scale, originX: a.x - wa.x * scale, originY: a.y - wa.y * scale };
}

/** The colours of a PNG at points, read in the page. */
async function colours(page: Page, png: Buffer, points: { x: number; y: number }[]) {
  return page.evaluate(
    async ({ base64, points: at }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return at.map(({ x, y }) => [
        ...context.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3),
      ]);
    },
    { base64: png.toString('base64'), points },
  ) as Promise<Rgb[]>;
}

async function checkLakes(page: Page, label: string) {
  const frame = await screenFrame(page);
  const at = Object.values(CANADIAN_WATERS).map((p) => {
    const w = toWorld(p);
    return { x: frame.originX + w.x * frame.scale, y: frame.originY + w.y * frame.scale };
  });
  // Open water far from any coast, for the water's own colour.
  const sea = toWorld({ lon: -70, lat: 35 });
  const shot = await page.screenshot();
  const [water, ...lakes] = await colours(page, shot, [
    { x: frame.originX + sea.x * frame.scale, y: frame.originY + sea.y * frame.scale },
    ...at,
  ]);
  Object.keys(CANADIAN_WATERS).forEach((name, i) => {
    expect(close(lakes[i]!, water!), `${label}: ${name} ${lakes[i]} vs water ${water}`).toBe(true);
  });
  return { frame, water: water! };
}

test.describe('the Great Lakes at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('are water on the static map with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('svg.static-map use').first()).toBeAttached();
    await page.waitForLoadState('networkidle');
    await checkLakes(page, 'static');
    await context.close();
  });

  test('are water on the interactive map and in the downloaded image', async ({ page }) => {
    await page.goto('/');
    await waitForInteractiveMap(page);
    const { frame, water } = await checkLakes(page, 'MapLibre');

    const map = page.getByRole('region', { name: /Map of the contiguous/ });
    const box = (await map.boundingBox())!;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download image' }).click(),
    ]);
    const png = readFileSync((await download.path())!);
    // The image: a title band, then the map at its on-screen frame, all at twice the density.
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    const band = titleBand(
      wrapText(title!, Math.max(16, Math.floor((Math.round(box.width) - 24) / 11.6))).length,
    );
    const points = Object.values(CANADIAN_WATERS).map((p) => {
      const w = toWorld(p);
      return {
        x: (frame.originX - box.x + w.x * frame.scale) * 2,
        y: (band + frame.originY - box.y + w.y * frame.scale) * 2,
      };
    });
    const inImage = await colours(page, png, points);
    Object.keys(CANADIAN_WATERS).forEach((name, i) => {
      expect(close(inImage[i]!, water), `image: ${name} ${inImage[i]} vs water ${water}`).toBe(
        true,
      );
    });
  });
});
