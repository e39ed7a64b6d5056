// What a reader really downloads, service worker included (the budgets of
// scripts/check-budget.mjs): a phone reader who opens a city's notes but never reaches for
// the map, on the article page (whose service worker then precaches the core)
// and on an embed (which registers none). Counted over every request of the
// page and of its service worker, for at least MIN_MS after the load event and
// until the network has been quiet for QUIET_MS after the worker is active.
import { PROFILES } from './profiles.mjs';
import { isMapLibreUrl } from './measure.mjs';
import { EMBED_KIB, PHONE_KIB } from '../scripts/check-budget.mjs';

const MIN_MS = 12_000;
const QUIET_MS = 2_000;
const TIMEOUT_MS = 60_000;

/** Bytes on the wire for one finished request: body as encoded, plus response headers. */
async function wireBytes(request) {
  const response = await request.response().catch(() => null);
  // Answered by the page's service worker from its cache: nothing crossed the network.
  if (!response || response.fromServiceWorker()) return 0;
  const sizes = await request.sizes().catch(() => null);
  return sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0;
}

/** One reader: loads `url` on the phone profile, taps `city`, and counts. */
export async function measureReaderBytes(browser, url, city) {
  const phone = PROFILES.phone;
  const context = await browser.newContext({ ...phone.context, serviceWorkers: 'allow' });
  const files = [];
  let lastActivity = Date.now();
  const pending = new Set();
  context.on('request', (request) => {
    pending.add(request);
    lastActivity = Date.now();
  });
  const finish = async (request) => {
    files.push({
      path: new URL(request.url()).pathname,
      bySw: Boolean(request.serviceWorker()),
      bytes: await wireBytes(request),
    });
    pending.delete(request);
    lastActivity = Date.now();
  };
  context.on('requestfinished', (request) => void finish(request));
  context.on('requestfailed', (request) => {
    pending.delete(request);
    lastActivity = Date.now();
  });
  try {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    const loadedAt = Date.now();
    await page.getByRole('button', { name: new RegExp(`^${city},`) }).tap({ timeout: TIMEOUT_MS });
    await page.getByRole('dialog', { name: city }).waitFor({ timeout: TIMEOUT_MS });
    // The article page's worker installs (precaching the core) and activates.
    const registered = await page.evaluate(async () => {
      if (!('serviceWorker' in navigator)) return false;
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration) return false;
      await navigator.serviceWorker.ready;
      return true;
    });
    for (;;) {
      const now = Date.now();
      const quiet = pending.size === 0 && now - lastActivity >= QUIET_MS;
      if ((now - loadedAt >= MIN_MS && quiet) || now - started > TIMEOUT_MS) break;
      await page.waitForTimeout(250);
    }
    const bytes = files.reduce((total, f) => total + f.bytes, 0);
    return {
      url,
      serviceWorker: registered,
      bytes,
      mapLibreFiles: files.filter((f) => isMapLibreUrl(`http://x${f.path}`)).map((f) => f.path),
      files: files.filter((f) => f.bytes > 0),
      countedMs: Date.now() - loadedAt,
    };
  } finally {
    await context.close();
  }
}

export function formatReaderBytes(results) {
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const lines = [
    `What a phone reader downloads, opening a city's notes (budget ${PHONE_KIB} KiB gzip with the service worker, ${EMBED_KIB} KiB for an embed)`,
  ];
  for (const r of results) {
    lines.push(
      `  ${r.url}: ${kib(r.bytes)} in ${(r.countedMs / 1000).toFixed(1)} s after load; service worker ${r.serviceWorker ? 'yes' : 'none'}; MapLibre files ${r.mapLibreFiles.length}`,
    );
    const byPath = new Map();
    for (const f of r.files) {
      const key = `${f.path}${f.bySw ? ' (service worker)' : ''}`;
      byPath.set(key, (byPath.get(key) ?? 0) + f.bytes);
    }
    for (const [path, bytes] of byPath) lines.push(`    ${kib(bytes).padStart(10)}  ${path}`);
  }
  return lines.join('\n');
}
