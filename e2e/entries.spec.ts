/**
 * Every way in is its own prerendered page (README, "Entries"): its language
 * and layout paint before any script, hydration changes nothing on screen,
 * and each carries its share card and structured data.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const ENTRIES = [
  { path: '/', lang: 'en', mode: 'explore', h1: /^Five cities named/ },
  { path: '/es/', lang: 'es', mode: 'explore', h1: /^Cinco ciudades/ },
  { path: '/embed/', lang: 'en', mode: 'embed', h1: /^Five cities named/ },
  { path: '/es/embed/', lang: 'es', mode: 'embed', h1: /^Cinco ciudades/ },
] as const;

/** The height an embed reports to its host: its <body>'s. */
const bodyHeight = (page: Page) =>
  page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

/** True once the app has taken over the prerendered markup. */
const hydrated = (page: Page) =>
  page.evaluate(() => document.documentElement.dataset.app === 'live');

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1000, height: 800 } });

  for (const entry of ENTRIES) {
    test(`${entry.path} paints its own language and layout`, async ({ page }) => {
      await page.goto(entry.path);
      await expect(page.locator('html')).toHaveAttribute('lang', entry.lang);
      await expect(page.locator('html')).toHaveAttribute('data-mode', entry.mode);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.h1);
      await expect(page).toHaveTitle(entry.h1);
      const toolbar = page.getByRole('group', { name: /^(View and settings|Vista y ajustes)$/ });
      const sources = page.getByRole('heading', { level: 2, name: /^(Sources|Fuentes)/ });
      if (entry.mode === 'embed') {
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
        await expect(toolbar).toHaveCount(0);
        await expect(sources).toHaveCount(0);
        await expect(page.getByRole('banner')).toHaveCount(0);
        await expect(
          page.getByRole('link', { name: /^(Open the full map|Abrir el mapa completo)/ }),
        ).toHaveAttribute('href', entry.lang === 'es' ? '/es/' : '/');
      } else {
        await expect(toolbar).toBeVisible();
        await expect(sources.first()).toBeVisible();
      }
    });
  }

  test('the language switch is a link to the other language’s page, which paints in that language', async ({
    page,
  }) => {
    await page.goto('/');
    const spanish = page.getByRole('link', { name: 'Español' });
    await expect(spanish).toHaveAttribute('href', '/es/');
    await expect(spanish).toHaveAttribute('hreflang', 'es');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await spanish.click();
    await expect(page).toHaveURL(/\/es\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Cinco ciudades/);
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/');
  });
});

test.describe('an embed entry’s first paint is its final layout', () => {
  for (const path of ['/embed/', '/es/embed/']) {
    for (const width of [320, 600, 1000]) {
      test(`${path} at ${width} px: the same height with and without scripts, no layout shift`, async ({
        browser,
      }) => {
        const withoutJs = await browser.newContext({
          javaScriptEnabled: false,
          viewport: { width, height: 700 },
        });
        const still = await withoutJs.newPage();
        await still.goto(path);
        const staticHeight = await bodyHeight(still);
        await withoutJs.close();

        const context = await browser.newContext({ viewport: { width, height: 700 } });
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __cls: number };
          w.__cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as {
              value: number;
              hadRecentInput: boolean;
            }[]) {
              if (!entry.hadRecentInput) w.__cls += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(path);
        await expect.poll(() => hydrated(page)).toBe(true);
        await page.waitForLoadState('networkidle');
        const liveHeight = await bodyHeight(page);
        expect(
          Math.abs(liveHeight - staticHeight),
          `${staticHeight} → ${liveHeight}`,
        ).toBeLessThanOrEqual(4);
        const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
        expect(cls).toBeLessThanOrEqual(0.01);
        await context.close();
      });
    }
  }
});

test.describe('links already in the wild', () => {
  test('?mode=embed becomes the embed after hydration, and the address its entry', async ({
    page,
  }) => {
    await page.goto('/?mode=embed&city=dallas');
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'embed');
    await expect(page.getByRole('group', { name: 'View and settings' })).toHaveCount(0);
    await expect(page.getByRole('dialog', { name: 'Dallas' })).toBeVisible();
    await expect(page).toHaveURL(/\/embed\/\?city=dallas$/);
  });

  test('?lang=es shows Spanish, and the address becomes the Spanish page', async ({ page }) => {
    await page.goto('/?lang=es&city=chicago');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Cinco ciudades/);
    await expect(page).toHaveURL(/\/es\/\?city=chicago$/);
  });

  test('a query overrides the entry: /es/?lang=en is English', async ({ page }) => {
    await page.goto('/es/?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Five cities named/);
    await expect(page).toHaveURL(/:\d+\/$/);
  });
});

test.describe('share cards and structured data', () => {
  for (const entry of ENTRIES) {
    test(`${entry.path} carries its card with absolute URLs, and a NewsArticle in its language`, async ({
      page,
      request,
    }) => {
      await page.goto(entry.path);
      const head = page.locator('head');
      const content = (selector: string) => head.locator(selector).getAttribute('content');
      const explore = entry.lang === 'es' ? '/es/' : '/';
      const absolute = (path: string) =>
        expect.stringMatching(new RegExp(`^https?://[^/]+${path.replace(/[.?]/g, '\\$&')}$`));
      // An embed is noindex and names no canonical or alternates (they would contradict it).
      const canonical = head.locator('link[rel="canonical"]');
      if (entry.mode === 'embed') await expect(canonical).toHaveCount(0);
      else expect(await canonical.getAttribute('href')).toEqual(absolute(explore));
      expect(await content('meta[property="og:url"]')).toEqual(absolute(explore));
      expect(await content('meta[property="og:title"]')).toMatch(entry.h1);
      expect(await content('meta[property="og:description"]')).toBeTruthy();
      expect(await content('meta[property="og:locale"]')).toBe(
        entry.lang === 'es' ? 'es_US' : 'en_US',
      );
      expect(await content('meta[name="twitter:card"]')).toBe('summary_large_image');
      expect(await content('meta[property="og:image:alt"]')).toMatch(/Chicago/);
      const image = (await content('meta[property="og:image"]'))!;
      expect(image).toEqual(absolute(`/share-card-${entry.lang}.png`));
      expect(await content('meta[name="twitter:image"]')).toBe(image);
      const hreflang = await head
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map(
            (l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`,
          ),
        );
      expect(hreflang).toEqual(entry.mode === 'embed' ? [] : ['en /', 'es /es/', 'x-default /']);

      // The card itself: a PNG of 1200×630 (its pixels are checked by the unit tests).
      const png = await (await request.get(new URL(image).pathname)).body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

      const blocks = await head.locator('script[type="application/ld+json"]').allTextContents();
      const [article, dataset] = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
      expect(dataset).toMatchObject({ '@type': 'Dataset', inLanguage: entry.lang });
      if (!article) throw new Error('no JSON-LD');
      expect(article['@type']).toBe('NewsArticle');
      expect(article.inLanguage).toBe(entry.lang);
      expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (entry.mode === 'explore') {
        // The same date as the page's last-updated stamp.
        const stamp = page.getByText(/^(Last updated|Última actualización):/).locator('time');
        expect(article.dateModified).toBe(await stamp.getAttribute('datetime'));
      }
      expect(article.isBasedOn).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
      expect(article.publisher).toMatchObject({
        '@type': 'Organization',
        name: expect.any(String),
      });
    });
  }
});

test.describe('hydration changes nothing on screen', () => {
  for (const path of ['/', '/es/', '/embed/']) {
    test(`${path}: the app takes the page over without rebuilding its text`, async ({ page }) => {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\.js(\?.*)?$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(path, { waitUntil: 'commit' });
      await expect(page.getByRole('button', { name: /^Chicago,/ })).toBeVisible();
      await page.evaluate(() => {
        const w = window as unknown as { __changed: string[] };
        w.__changed = [];
        new MutationObserver((records) => {
          for (const record of records) {
            for (const node of [...record.addedNodes, ...record.removedNodes]) {
              // An empty text node in an empty live region is no change a reader sees.
              if (node.nodeType === Node.TEXT_NODE && !node.textContent) continue;
              // MapLibre builds its own map when it arrives.
              if ((record.target as Element).closest?.('.map-live')) continue;
              w.__changed.push(`${(record.target as Element).className}: ${node.textContent}`);
            }
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
      release();
      await expect(page.locator('html')).toHaveAttribute('data-app', 'live');
      await page.waitForTimeout(1500);
      const changed = await page.evaluate(
        () => (window as unknown as { __changed: string[] }).__changed,
      );
      expect(changed).toEqual([]);
    });
  }
});
