import {
  test,
  expect,
  CITY_NAMES,
  CITY_NAMES_ES,
  cityButton,
  waitForInteractiveMap,
} from './fixtures';
import { HOSTILE_URLS } from './hostile-urls';

test.describe('hostile and broken links', () => {
  // Phone-sized, so MapLibre is not fetched for each of the many page loads.
  test.use({ viewport: { width: 375, height: 740 } });

  test(`all ${HOSTILE_URLS.length} leave the page working and run nothing`, async ({ page }) => {
    test.setTimeout(180_000);
    const alerts: string[] = [];
    page.on('dialog', async (dialog) => {
      alerts.push(dialog.message());
      await dialog.dismiss();
    });
    for (const { query, opens } of HOSTILE_URLS) {
      const label = query.slice(0, 80);
      await page.goto(`/${query}`);
      // Every city is there: as a button on the map, or as a row of the list view (in either language).
      for (const [city] of CITY_NAMES) {
        const shown = [city, CITY_NAMES_ES[city]]
          .map((name) => cityButton(page, name).or(page.getByRole('rowheader', { name })))
          .reduce((a, b) => a.or(b));
        await expect(shown.first(), label).toBeVisible();
      }
      if (opens) await expect(page.getByRole('dialog', { name: opens }), label).toBeVisible();
      else await expect(page.getByRole('dialog'), label).toHaveCount(0);
      const injected = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        markup: document.querySelectorAll(
          'body script:not([src]), body [onerror], body [onload], img[src="x"]',
        ).length,
      }));
      expect(injected, label).toEqual({ pwned: undefined, markup: 0 });
    }
    expect(alerts).toEqual([]);
  });
});

test.describe('without storage', () => {
  test('works where localStorage and sessionStorage throw', async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
    await page.goto('/?city=chicago&theme=dark');
    await expect(page.getByRole('dialog', { name: 'Chicago' })).toBeVisible();
    await waitForInteractiveMap(page);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page.getByRole('table')).toBeVisible();
  });
});

test.describe('a lost GPU context', () => {
  test('shows the static map meanwhile, keeps the cities working, and redraws when restored', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForInteractiveMap(page);
    await page.evaluate(() => {
      const canvas = document.querySelector('canvas');
      const gl = canvas?.getContext('webgl2');
      const ext = gl?.getExtension('WEBGL_lose_context');
      (window as unknown as { __lose?: WEBGL_lose_context | null }).__lose = ext;
      ext?.loseContext();
    });
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'static');
    await cityButton(page, 'Atlanta').click();
    await expect(page.getByRole('dialog', { name: 'Atlanta' })).toBeVisible();
    await page.evaluate(() =>
      (window as unknown as { __lose?: WEBGL_lose_context }).__lose?.restoreContext(),
    );
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'interactive');
  });

  test('rebuilds the map when the context does not come back', async ({ page }) => {
    await page.goto('/');
    await waitForInteractiveMap(page);
    await page.evaluate(() => {
      const gl = document.querySelector('canvas')?.getContext('webgl2');
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    });
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'static');
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'interactive', {
      timeout: 20_000,
    });
    for (const [city] of CITY_NAMES) await expect(cityButton(page, city)).toBeVisible();
  });
});

test.describe('a GPU that loses every context', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('is rebuilt at most twice, then the static map stays, says so, and works', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    // Every WebGL context this page makes is lost 0.6 s after it is made, and never restored.
    await page.addInitScript(() => {
      const w = window as unknown as { __contexts: number };
      w.__contexts = 0;
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        const context = (original as (...args: unknown[]) => unknown).call(
          this,
          type,
          ...rest,
        ) as WebGL2RenderingContext | null;
        if (context && /webgl/.test(type) && !(context as unknown as { __lost?: boolean }).__lost) {
          (context as unknown as { __lost?: boolean }).__lost = true;
          w.__contexts += 1;
          setTimeout(() => context.getExtension('WEBGL_lose_context')?.loseContext(), 600);
        }
        return context;
      } as typeof HTMLCanvasElement.prototype.getContext;
    });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'fallback', {
      timeout: 30_000,
    });
    await page.waitForTimeout(5000);
    await expect(page.locator('html')).toHaveAttribute('data-map-state', 'fallback');
    const contexts = await page.evaluate(
      () => (window as unknown as { __contexts: number }).__contexts,
    );
    expect(contexts).toBeLessThanOrEqual(4);
    await expect(page.getByText(/interactive map \(pan and zoom\) is not available/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
    await cityButton(page, 'Atlanta').click();
    await expect(page.getByRole('dialog', { name: 'Atlanta' })).toBeVisible();
  });
});
