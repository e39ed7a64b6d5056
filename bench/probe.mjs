// The in-page half of a measurement. Playwright installs `installProbe` as an
// init script, so it runs at document creation, before any of the page's own
// code, and the three pages are observed in exactly the same way. Times are
// performance.now() values, i.e. ms since navigation start.

export function installProbe(cityNames) {
  if (window.top !== window) return;
  const bench = {
    fcp: null,
    lcp: null,
    lcpElement: null,
    longTasks: [],
    buttonsVisible: null,
    interactive: null,
    live: null,
    intentAt: null,
    loadEvent: null,
  };
  window.__bench = bench;

  const observe = (type, onEntries) => {
    try {
      new PerformanceObserver((list) => onEntries(list.getEntries())).observe({
        type,
        buffered: true,
      });
    } catch {
      // An entry type this browser does not support stays null.
    }
  };
  observe('paint', (entries) => {
    for (const entry of entries)
      if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entries) => {
    const last = entries.at(-1);
    if (!last) return;
    bench.lcp = last.startTime;
    const el = last.element;
    bench.lcpElement = el
      ? `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''}`
      : null;
  });
  observe('longtask', (entries) => {
    for (const entry of entries) bench.longTasks.push([entry.startTime, entry.duration]);
  });

  // The moment the map becomes usable is the DOM contract, not a map event;
  // so is the moment the app has taken the page over (`data-app="live"`).
  const readState = () => {
    const data = document.documentElement?.dataset;
    if (bench.interactive === null && data?.mapState === 'interactive') {
      bench.interactive = performance.now();
    }
    if (bench.live === null && data?.app === 'live') bench.live = performance.now();
  };
  new MutationObserver(readState).observe(document, {
    attributes: true,
    attributeFilter: ['data-map-state', 'data-app'],
    subtree: true,
  });

  // The first intent a reader (here, the harness) shows, to tell apart a map
  // that loaded by itself from one that waited to be asked.
  addEventListener('pointerdown', () => (bench.intentAt ??= performance.now()), { capture: true });
  addEventListener('load', () => (bench.loadEvent = performance.now()));

  // "Visible" means: a button named for each city, rendered (not hidden, not
  // transparent), with a non-zero box whose centre is inside the viewport.
  // Checked once per frame, in requestAnimationFrame, i.e. just before paint;
  // frames do not run while a stylesheet blocks rendering, as it should be.
  const nameOf = (button) =>
    [button.getAttribute('aria-label') ?? '', button.textContent ?? ''].map((s) => s.trim());
  const isShown = (button) => {
    const box = button.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    return button.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const allShown = () => {
    const buttons = [...document.querySelectorAll('button')];
    return cityNames.every((city) =>
      buttons.some((b) => nameOf(b).some((n) => n.startsWith(city)) && isShown(b)),
    );
  };
  const tick = () => {
    if (allShown()) bench.buttonsVisible = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
