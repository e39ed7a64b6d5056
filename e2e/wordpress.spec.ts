/**
 * Pasted as a link into a CMS (issue 23): each article entry names its
 * oEmbed file, whose `html`, sanitized as WordPress sanitizes it and framed
 * as WordPress frames it (`sandbox="allow-scripts"`, a secret), still embeds
 * the map; the frame speaks WordPress's own protocol (height, link) only with
 * a valid secret; and a link to any entry gives a link preview its card.
 */
import type { Frame, Page } from '@playwright/test';
import { test, expect, axeViolations, CITY_NAMES } from './fixtures';

const HOST = 'http://localhost:4174/wordpress.html';

type Message = { data: unknown; origin: string };
const wordPressMessages = async (page: Page) =>
  (await page.evaluate(() => (window as unknown as { __messages: Message[] }).__messages)).filter(
    (m) => !!m.data && typeof m.data === 'object' && 'secret' in (m.data as object),
  );

async function wordPressFrame(page: Page): Promise<Frame> {
  const iframe = page.locator('iframe.wp-embedded-content');
  await expect(iframe).toBeAttached();
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await expect(frame.getByRole('button', { name: /^Atlanta,/ })).toBeVisible();
  return frame;
}

for (const width of [320, 600, 1000]) {
  test(`a WordPress post ${width} px wide sizes the map's frame to its content, within 200–1000 px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: Math.max(width + 40, 400), height: 900 });
    await page.goto(`${HOST}?w=${width}`);
    const frame = await wordPressFrame(page);
    const iframe = page.locator('iframe.wp-embedded-content');
    await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts');
    await expect(iframe).toHaveAttribute('src', /\/embed\/#\?secret=Xy7Kq2Lm9P$/);
    const content = () =>
      frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await expect
      .poll(async () => {
        const wanted = Math.min(1000, Math.max(200, await content()));
        return Math.abs(Number(await iframe.getAttribute('height')) - wanted);
      })
      .toBeLessThanOrEqual(4);
    // The map and its five cities in the first 1000 px, whatever the rest needs.
    const map = await frame.getByRole('region', { name: /^Map of/ }).boundingBox();
    const frameBox = (await iframe.boundingBox())!;
    expect(map!.y + map!.height - frameBox.y).toBeLessThanOrEqual(1000);
    // The annotation and a city's notes work in the sandboxed frame.
    await expect(frame.getByText('+15%').filter({ visible: true }).first()).toBeVisible();
    await expect(
      frame
        .getByText(/comparison period not specified/i)
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
    await frame.getByRole('button', { name: /^Dallas,/ }).click();
    await expect(frame.getByRole('dialog', { name: 'Dallas' })).toBeVisible();
    const heights = (await wordPressMessages(page)).map((m) => m.data as Record<string, unknown>);
    expect(heights.length).toBeGreaterThan(0);
    expect(heights[0]).toEqual({
      secret: 'Xy7Kq2Lm9P',
      message: 'height',
      value: expect.any(Number),
    });
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('every city opens in a WordPress frame, and "Open the full map" opens the full map in the top window', async ({
  page,
}) => {
  await page.goto(`${HOST}?w=600`);
  const frame = await wordPressFrame(page);
  // Each city's notes open and close in the frame sandboxed with allow-scripts alone.
  for (const [city] of CITY_NAMES) {
    await frame.getByRole('button', { name: new RegExp(`^${city},`) }).click();
    await expect(frame.getByRole('dialog', { name: city })).toBeVisible();
    await frame.getByRole('button', { name: 'Close' }).click();
    await expect(frame.getByRole('dialog', { name: city })).toBeHidden();
  }
  await frame.getByRole('link', { name: /Open the full map/ }).click();
  // The full map's address on the frame's own host (the site's, from the oEmbed file).
  await expect(page).toHaveURL('http://localhost:4173/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

for (const [name, secret] of [
  ['a secret with other characters', 'not-a-secret!'],
  ['no secret', ''],
] as const) {
  test(`with ${name}, the frame sends no WordPress message`, async ({ page }) => {
    await page.goto(`${HOST}?w=600&secret=${encodeURIComponent(secret)}`);
    const frame = await wordPressFrame(page);
    await frame.getByRole('button', { name: /^Chicago,/ }).click();
    await expect(frame.getByRole('dialog', { name: 'Chicago' })).toBeVisible();
    // Its own protocol still speaks (the map's own height messages).
    await expect
      .poll(
        async () =>
          (await page.evaluate(() => (window as unknown as { __messages: Message[] }).__messages))
            .length,
      )
      .toBeGreaterThan(0);
    expect(await wordPressMessages(page)).toEqual([]);
  });
}

for (const path of ['/', '/es/']) {
  test(`${path} names its oEmbed file, valid oEmbed 1.0 "rich" with absolute URLs`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    await expect(link).toHaveCount(1);
    const href = (await link.getAttribute('href'))!;
    // Absolute, from the build's site address (SITE_URL; its default names this server as localhost).
    expect(href).toBe(`http://localhost:4173${path}oembed.json`);
    expect(await link.getAttribute('title')).toBe(await page.title());
    const response = await request.get(new URL(href).pathname);
    expect(response.headers()['content-type']).toMatch(/application\/json/);
    const oembed = (await response.json()) as Record<string, unknown>;
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_url: 'http://localhost:4173/',
      width: 800,
      height: 640,
      cache_age: expect.any(Number),
      thumbnail_width: expect.any(Number),
      thumbnail_height: expect.any(Number),
    });
    expect(oembed.title).toBe(await page.title());
    expect(oembed.provider_name).toEqual(expect.any(String));
    expect(oembed.html).toMatch(
      new RegExp(`^<iframe [^>]*src="http://localhost:4173${path}embed/"[^>]* width="800"`),
    );
    expect(oembed.html).toMatch(
      /<script async src="http:\/\/localhost:4173\/embed-[0-9a-f]{10}\.js" integrity="sha384-/,
    );
    const thumbnail = await request.get(new URL(oembed.thumbnail_url as string).pathname);
    expect(thumbnail.headers()['content-type']).toBe('image/png');
  });
}

test('a link to any entry, or to a city on it, gives a link preview the same full card', async ({
  page,
}) => {
  const card = async (path: string) => {
    await page.goto(path);
    const read = (selector: string) => page.locator(selector).first().getAttribute('content');
    return {
      title: await read('meta[property="og:title"]'),
      description: await read('meta[property="og:description"]'),
      image: await read('meta[property="og:image"]'),
      width: await read('meta[property="og:image:width"]'),
      height: await read('meta[property="og:image:height"]'),
      alt: await read('meta[property="og:image:alt"]'),
      site: await read('meta[property="og:site_name"]'),
      locale: await read('meta[property="og:locale"]'),
      lang: await page.locator('html').getAttribute('lang'),
    };
  };
  const article = await card('/');
  for (const value of Object.values(article)) expect(value).toBeTruthy();
  expect(article.image).toBe('http://localhost:4173/share-card-en.png');
  expect(await card('/?city=dallas')).toEqual(article);
  const spanish = await card('/es/');
  expect(spanish.lang).toBe('es');
  expect(spanish.locale).toBe('es_US');
  expect(spanish.image).toBe('http://localhost:4173/share-card-es.png');
});
