// One measured page load: a fresh browser context (so an empty cache), the
// profile's throttling set over CDP before navigating, the probe (probe.mjs)
// watching from document creation, and the network watched over CDP so that
// the bytes include the MapLibre worker's script.
import { readFileSync } from 'node:fs';
import { installProbe } from './probe.mjs';

export const CITY_NAMES = JSON.parse(readFileSync('data/cities.json', 'utf8')).map((c) => c.name);

/**
 * How long the harness waits, once the five buttons are visible, for a map
 * that loads by itself, before it shows intent (a tap or a click on the map):
 * the app may load MapLibre only when it is wanted.
 */
export const INTENT_GRACE_MS = 8000;
/** Quiet time after the last milestone, so late long tasks and paints are counted. */
const SETTLE_MS = 1000;
/**
 * React hydrates the page's long parts after it has taken the page over
 * (`data-app="live"`), in pieces; they are done well within this.
 */
const HYDRATION_TAIL_MS = 1000;

/**
 * The longest main-thread task from the first paint until hydration is done:
 * what a reader's tap on the prerendered page may have to wait behind.
 * 0 when none reached 50 ms (the Long Tasks API reports no shorter ones).
 */
export function longestHydrationTask(longTasks, fcp, live) {
  if (fcp == null || live == null) return null;
  const during = longTasks.filter(
    ([start, duration]) => start + duration >= fcp && start <= live + HYDRATION_TAIL_MS,
  );
  return Math.max(0, ...during.map(([, duration]) => duration));
}

/** MapLibre's files, by name: the app's lazy chunk (live-map-*.js/.css) and the worker. */
export function isMapLibreUrl(url) {
  return /live-map|maplibre/i.test(new URL(url).pathname);
}

async function waitFor(page, predicate, arg, timeout) {
  try {
    await page.waitForFunction(predicate, arg, { timeout, polling: 100 });
    return true;
  } catch (error) {
    if (error.name === 'TimeoutError') return false;
    throw error;
  }
}

/**
 * A point on the map as far as possible from any button, link or dialog, to
 * show intent on: a touch near a button is snapped onto it by the browser
 * (touch adjustment), which would open a city instead of reaching for the map.
 */
function emptySpotOnMap() {
  const stage =
    document.querySelector('[role="region"][aria-label^="Map of the contiguous"]') ??
    document.querySelector('.map-stage, #map');
  if (!stage) return null;
  const box = stage.getBoundingClientRect();
  const controls = 'button, a, input, select, textarea, summary, [role="dialog"], [tabindex]';
  const rects = [...stage.querySelectorAll(controls)].map((el) => el.getBoundingClientRect());
  const distance = (x, y, r) =>
    Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  let best = null;
  for (let fx = 0.1; fx <= 0.9; fx += 0.05) {
    for (let fy = 0.1; fy <= 0.9; fy += 0.05) {
      const x = box.left + box.width * fx;
      const y = box.top + box.height * fy;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !stage.contains(hit) || hit.closest(controls)) continue;
      const room = Math.min(...rects.map((r) => distance(x, y, r)), Infinity);
      if (!best || room > best.room) best = { x, y, room };
    }
  }
  return best && { x: best.x, y: best.y };
}

async function showIntent(page, touch) {
  const spot = await page.evaluate(emptySpotOnMap);
  if (!spot) return false;
  if (touch) {
    await page.touchscreen.tap(spot.x, spot.y);
  } else {
    await page.mouse.move(spot.x, spot.y);
    await page.mouse.down();
    await page.mouse.up();
  }
  return true;
}

/** Watches every http(s) request of the page and its workers over CDP. */
function watchNetwork(cdp) {
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!/^https?:/.test(event.request.url)) return;
    requests.set(event.requestId, { url: event.request.url, start: event.timestamp, bytes: 0 });
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = requests.get(event.requestId);
    if (!request) return;
    request.status = event.response.status;
    request.headerBytes = event.response.encodedDataLength;
    const headers = Object.fromEntries(
      Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), v]),
    );
    request.encoding = headers['content-encoding'] ?? request.encoding ?? null;
  });
  // A worker's script is fetched for the worker, not the page: its responseReceived
  // and loadingFinished never reach this session, but the raw headers do.
  cdp.on('Network.responseReceivedExtraInfo', (event) => {
    const request = requests.get(event.requestId);
    if (!request) return;
    if (event.headersText) request.rawHeaderBytes = event.headersText.length;
    const encoding = Object.entries(event.headers ?? {}).find(
      ([name]) => name.toLowerCase() === 'content-encoding',
    );
    request.encoding ??= encoding?.[1] ?? null;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = requests.get(event.requestId);
    if (!request) return;
    request.bytes = event.encodedDataLength;
    request.end = event.timestamp;
  });
  cdp.on('Network.loadingFailed', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.failed = event.errorText;
  });
  return requests;
}

/** The page's Resource Timing, by URL: sizes and times of what CDP could not see finish. */
function resourceTimings() {
  return performance.getEntriesByType('resource').map((entry) => ({
    url: entry.name,
    encodedBodySize: entry.encodedBodySize,
    responseEnd: entry.responseEnd,
  }));
}

/** Fills in requests whose loadingFinished this session never saw (the worker's script). */
function completeFromResourceTiming(requests, timings) {
  for (const request of requests.values()) {
    if (request.end !== undefined || request.failed) continue;
    const timing = timings.find((t) => t.url === request.url);
    if (!timing) continue;
    request.bytes = (request.headerBytes ?? request.rawHeaderBytes ?? 0) + timing.encodedBodySize;
    request.endPageMs = timing.responseEnd;
    request.sizeFrom = 'resource-timing';
  }
}

/** Bytes and requests, split at MapLibre: what came before it is what the first screen cost. */
function summariseNetwork(requests) {
  const list = [...requests.values()].sort((a, b) => a.start - b.start);
  const t0 = list[0]?.start ?? 0;
  const firstMapLibre = list.find((r) => isMapLibreUrl(r.url));
  const sum = (rs) => rs.reduce((total, r) => total + r.bytes, 0);
  return {
    transferBytes: sum(list),
    requests: list.length,
    mapLibreBytes: sum(list.filter((r) => isMapLibreUrl(r.url))),
    // Everything that started before MapLibre's first file was asked for.
    preMapBytes: sum(firstMapLibre ? list.filter((r) => r.start < firstMapLibre.start) : list),
    // What paints the page and makes it usable with no script (its notes are
    // native popovers): the HTML, the styles, the basemap, the icon. Not the
    // full content's JSON, which the script fetches (for offline use) after load.
    paintBytes: sum(
      list.filter((r) => !/\.(m?js|json)$/.test(new URL(r.url).pathname) && !isMapLibreUrl(r.url)),
    ),
    // Everything that is not MapLibre's, whenever it came (the same unless the app fetches more later).
    nonMapLibreBytes: sum(list.filter((r) => !isMapLibreUrl(r.url))),
    mapLibreRequestedAt: firstMapLibre ? (firstMapLibre.start - t0) * 1000 : null,
    files: list.map((r) => ({
      path: new URL(r.url).pathname,
      startMs: Math.round((r.start - t0) * 1000),
      endMs: r.end
        ? Math.round((r.end - t0) * 1000)
        : r.endPageMs !== undefined
          ? Math.round(r.endPageMs)
          : null,
      bytes: r.bytes,
      headerBytes: r.headerBytes ?? null,
      encoding: r.encoding ?? null,
      status: r.status ?? null,
      ...(r.sizeFrom ? { sizeFrom: r.sizeFrom } : {}),
      ...(r.failed ? { failed: r.failed } : {}),
    })),
  };
}

/**
 * Loads `target` ({ name, url, hasMap }) once under `profile` and returns its
 * metrics; times are ms from navigation start, null when a milestone never came.
 */
export async function measureRun(browser, profile, target) {
  const context = await browser.newContext(profile.context);
  const wallStart = Date.now();
  try {
    await context.addInitScript(installProbe, CITY_NAMES);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = watchNetwork(cdp);
    // A new context starts with an empty cache; the page's own reuse of what it
    // has fetched (a preload, the service worker's revalidation) is part of what it costs.
    await cdp.send('Network.enable');
    if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
    if (profile.cpuSlowdown > 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    }

    await page.goto(target.url, { waitUntil: 'commit', timeout: 60_000 });
    const timeout = profile.interactiveTimeoutMs;
    await waitFor(page, () => window.__bench?.buttonsVisible != null, null, timeout);

    let intentNeeded = false;
    if (target.hasMap) {
      // First just wait: the map may come by itself (on idle, in view, …).
      await waitFor(
        page,
        (grace) => {
          const b = window.__bench;
          return b.interactive != null || performance.now() - (b.buttonsVisible ?? 0) >= grace;
        },
        INTENT_GRACE_MS,
        timeout + INTENT_GRACE_MS,
      );
      const state = await page.evaluate(() => window.__bench.interactive);
      if (state == null) {
        intentNeeded = await showIntent(page, Boolean(profile.context.hasTouch));
        await waitFor(page, () => window.__bench.interactive != null, null, timeout);
      }
    }
    await waitFor(page, () => window.__bench.loadEvent != null, null, timeout);
    await page.waitForTimeout(SETTLE_MS);

    const probe = await page.evaluate(() => window.__bench);
    const heap = await cdp.send('Runtime.getHeapUsage');
    completeFromResourceTiming(requests, await page.evaluate(resourceTimings));
    const network = summariseNetwork(requests);
    const longTasks = probe.longTasks.map(([, duration]) => duration);
    return {
      page: target.name,
      fcp: probe.fcp,
      lcp: probe.lcp,
      lcpElement: probe.lcpElement,
      // Nothing is on screen before the first contentful paint, and FCP is a
      // presentation time while the probe's frame time is earlier (by ~100 ms
      // for a first frame in headless Chromium): buttons laid out in the
      // first painted frame count as visible at FCP.
      buttonsVisible:
        probe.buttonsVisible == null || probe.fcp == null
          ? probe.buttonsVisible
          : Math.max(probe.buttonsVisible, probe.fcp),
      buttonsLaidOut: probe.buttonsVisible,
      interactive: target.hasMap ? probe.interactive : null,
      intentNeeded,
      intentAt: probe.intentAt,
      intentToInteractive:
        intentNeeded && probe.interactive != null ? probe.interactive - probe.intentAt : null,
      longTaskMs: longTasks.reduce((a, d) => a + d, 0),
      hydrationTaskMs: longestHydrationTask(probe.longTasks, probe.fcp, probe.live),
      longTaskCount: longTasks.length,
      // Lighthouse's TBT counts only between FCP and TTI; this counts the whole run.
      tbtMs: longTasks.reduce((a, d) => a + Math.max(0, d - 50), 0),
      heapBytes: heap.usedSize,
      ...network,
      wallMs: Date.now() - wallStart,
    };
  } finally {
    await context.close();
  }
}
