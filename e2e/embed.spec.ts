import { createHash } from 'node:crypto';
import { test, expect, axeViolations } from './fixtures';
import type { Frame, Page } from '@playwright/test';

const HOST = 'http://localhost:4174';
const MAP_SOURCE = 'ice-cities-map';

type Message = { data: unknown; origin: string };
const isOwn = (data: unknown, type: string) =>
  !!data &&
  typeof data === 'object' &&
  (data as { source?: unknown }).source === MAP_SOURCE &&
  (data as { type?: unknown }).type === type;
const messages = (page: Page) =>
  page.evaluate(() => (window as unknown as { __messages: Message[] }).__messages);

/** Height the frame's own content reports, measured inside the frame. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  const frame = await handle!.contentFrame();
  return frame!;
}

test.describe('embedded in a host page on another origin', () => {
  test.use({ viewport: { width: 800, height: 900 } });

  test('(a) the real pym.js parent sizes the frame to its content', async ({ page }) => {
    await page.goto(`${HOST}/pym.html`);
    const iframe = page.locator('#map iframe');
    await expect(iframe).toBeVisible();
    const frame = (await iframe.elementHandle())!.contentFrame();
    const inner = (await frame)!;
    await expect(inner.getByRole('button', { name: /^Chicago,/ })).toBeVisible();
    const expected = await contentHeight(inner);
    await expect
      .poll(async () => (await iframe.boundingBox())!.height)
      .toBeGreaterThan(expected - 20);
    expect(Math.abs((await iframe.boundingBox())!.height - expected)).toBeLessThanOrEqual(20);
    const all = await messages(page);
    const pymHeights = all.filter(
      (m) => typeof m.data === 'string' && m.data.includes('xPYMxheightxPYMx'),
    );
    expect(pymHeights.length).toBeGreaterThan(0);
    // The first height is already right (the embed entry paints its final
    // layout), and it goes out before the app is ready (hydrated).
    const first = Number((pymHeights[0]!.data as string).split('xPYMx').pop());
    expect(Math.abs(first - expected), `first ${first}, final ${expected}`).toBeLessThanOrEqual(20);
    const ready = all.findIndex((m) => (m.data as { type?: string } | null)?.type === 'ready');
    expect(ready).toBeGreaterThan(all.indexOf(pymHeights[0]!));
  });

  test('(b) embed.js sizes two frames to their content; (f) the wheel scrolls the article', async ({
    page,
  }) => {
    await page.goto(`${HOST}/two.html`);
    for (const id of ['#first', '#second']) {
      const frame = await frameOf(page, id);
      await expect(frame.getByRole('button', { name: /^Dallas,/ })).toBeAttached();
      await expect
        .poll(async () =>
          Math.abs((await page.locator(id).boundingBox())!.height - (await contentHeight(frame))),
        )
        .toBeLessThanOrEqual(20);
    }
    const second = await frameOf(page, '#second');
    await expect(second.getByRole('dialog', { name: 'Atlanta' })).toBeVisible();

    // (f) A wheel over the embedded map scrolls the host page, not the map.
    const first = await frameOf(page, '#first');
    await page.locator('#first').scrollIntoViewIfNeeded();
    const chicago = first.getByRole('button', { name: /^Chicago,/ });
    const before = (await chicago.boundingBox())!;
    const map = first.getByRole('region', { name: /Map of the contiguous/ });
    const box = (await map.boundingBox())!;
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    // Let the scroll come to rest (it may be smooth) before comparing positions.
    let last = -1;
    await expect
      .poll(async () => {
        const now = await page.evaluate(() => window.scrollY);
        const settled = now === last;
        last = now;
        return settled;
      })
      .toBe(true);
    const after = (await chicago.boundingBox())!;
    const moved = after.y - before.y;
    const scrolled = (await page.evaluate(() => window.scrollY)) - scrollBefore;
    // The button moved with the page (the scroll), not relative to it (a zoom).
    expect(Math.abs(moved + scrolled)).toBeLessThanOrEqual(2);
    expect(Math.abs(after.x - before.x)).toBeLessThanOrEqual(1);
  });

  test('(c) both sandbox variants render the map and post heights', async ({ page }) => {
    await page.goto(`${HOST}/sandbox.html`);
    for (const id of ['#same-origin', '#opaque']) {
      await page.locator(id).scrollIntoViewIfNeeded();
      const frame = await frameOf(page, id);
      await expect(frame.getByRole('button', { name: /^Atlanta,/ })).toBeAttached();
      // A reader reaching for the map (a narrow frame loads MapLibre only then).
      await frame
        .getByRole('region', { name: /Map of the contiguous/ })
        .dispatchEvent('keydown', { key: 'Shift' });
      await expect
        .poll(() => frame.evaluate(() => document.documentElement.dataset.mapState), {
          timeout: 30_000,
        })
        .toMatch(/^(interactive|fallback)$/);
    }
    const heights = (await messages(page)).filter(
      (m) =>
        typeof m.data === 'object' &&
        m.data !== null &&
        (m.data as { source?: string; type?: string }).source === MAP_SOURCE &&
        (m.data as { type?: string }).type === 'height',
    );
    expect(heights.some((m) => m.origin === 'null')).toBe(true);
    expect(heights.some((m) => m.origin === 'http://127.0.0.1:4173')).toBe(true);
  });

  test('(d) a city opened in the frame is posted, and the host can select one; (e) bad messages change nothing', async ({
    page,
  }) => {
    await page.goto(`${HOST}/two.html`);
    const frame = await frameOf(page, '#first');
    // The second frame opens Atlanta by its own link: that is no reader's choice, so no `select`.
    await expect
      .poll(async () => (await messages(page)).filter((m) => isOwn(m.data, 'ready')).length)
      .toBe(2);
    expect((await messages(page)).filter((m) => isOwn(m.data, 'select'))).toEqual([]);
    await frame.getByRole('button', { name: /^Dallas,/ }).click();
    await expect(frame.getByRole('dialog', { name: 'Dallas' })).toBeVisible();
    await expect
      .poll(async () =>
        (await messages(page)).some(
          (m) =>
            JSON.stringify(m.data) ===
            JSON.stringify({ source: MAP_SOURCE, type: 'select', city: 'dallas' }),
        ),
      )
      .toBe(true);

    const send = (data: unknown) =>
      page.evaluate((d) => {
        const iframe = document.querySelector<HTMLIFrameElement>('#first');
        iframe?.contentWindow?.postMessage(d, '*');
      }, data);

    // (e) Malformed host messages: nothing changes, nothing breaks.
    for (const bad of [
      'select atlanta',
      { source: 'ice-cities-map-host', type: 'select', city: 'houston' },
      { source: 'ice-cities-map-host', type: 'select', city: 'atlanta', extra: '<img src=x>' },
      { source: 'ice-cities-map-host', type: 'eval', code: 'alert(1)' },
      { type: 'select', city: 'atlanta' },
      null,
      42,
      ['ice-cities-map-host', 'clear'],
    ]) {
      await send(bad);
    }
    await page.waitForTimeout(300);
    await expect(frame.getByRole('dialog', { name: 'Dallas' })).toBeVisible();

    await send({ source: 'ice-cities-map-host', type: 'select', city: 'atlanta' });
    await expect(frame.getByRole('dialog', { name: 'Atlanta' })).toBeVisible();
    await send({ source: 'ice-cities-map-host', type: 'clear' });
    await expect(frame.getByRole('dialog')).toHaveCount(0);
  });
});

test('the embed view has no site chrome, links to the full map, and is accessible', async ({
  page,
}) => {
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto('/?mode=embed&city=chicago&theme=dark');
  await expect(page.getByRole('dialog', { name: 'Chicago' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const full = page.getByRole('link', { name: /Open the full map/ });
  await expect(full).toHaveAttribute('target', '_blank');
  await expect(full).toHaveAttribute('href', /^\/\?theme=dark$/);
  await expect(
    page
      .getByText(/Source: a report credited to Axios/)
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the Embed dialog previews the embed and gives code to copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const open = page.getByRole('button', { name: 'Embed', exact: true });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this map' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Open with city' }).selectOption('atlanta');
  await dialog.getByRole('combobox', { name: 'Colours' }).selectOption('dark');
  await dialog.getByRole('spinbutton', { name: /Initial height/ }).fill('720');
  const code = dialog.getByRole('textbox', { name: /Embed code/ });
  await expect(code).toHaveValue(
    /data-ice-map class="ice-cities-map" src="http:\/\/127\.0\.0\.1:4173\/embed\/\?city=atlanta&amp;theme=dark"/,
  );
  await expect(code).toHaveValue(/height="720"/);
  // The host script pinned: a content-hashed name, its integrity, fetched anonymously.
  await expect(code).toHaveValue(
    /<script async src="http:\/\/127\.0\.0\.1:4173\/embed-[0-9a-f]{10}\.js" integrity="sha384-[\w+/=]+" crossorigin="anonymous"><\/script>/,
  );
  const [, file, integrity] =
    /src="[^"]*\/(embed-[0-9a-f]{10}\.js)" integrity="(sha384-[^"]+)"/.exec(
      await code.inputValue(),
    )!;
  const bytes = await (await page.request.get(`/${file}`)).body();
  expect(`sha384-${createHash('sha384').update(bytes).digest('base64')}`).toBe(integrity);
  expect(bytes.equals(await (await page.request.get('/embed.js')).body())).toBe(true);
  await expect(dialog.getByRole('textbox', { name: /pym\.js/ })).toHaveValue(/new pym\.Parent/);
  // A Spanish embed gets its frame title in Spanish (the host page's screen readers read it).
  await dialog.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(code).toHaveValue(/src="http:\/\/127\.0\.0\.1:4173\/es\/embed\/\?city=atlanta/);
  await expect(code).toHaveValue(/title="Mapa: cinco ciudades/);

  // The preview is the embed entry itself.
  const previewFrame = dialog.locator('iframe[title="Preview of the embedded map"]');
  await expect(previewFrame).toHaveAttribute('src', /:4173\/es\/embed\/\?city=atlanta&theme=dark$/);
  const preview = dialog.frameLocator('iframe[title="Preview of the embedded map"]');
  await expect(preview.getByRole('dialog', { name: 'Atlanta' })).toBeVisible();

  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Embed code copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
    '/es/embed/?city=atlanta',
  );
  expect(await axeViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});
