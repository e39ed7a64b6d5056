// Lighthouse 12.2.3 on the app, with its default config: the mobile preset
// (Moto G Power screen, simulated slow 4G and CPU ×4). Each run gets its own
// Chromium from chrome-launcher (which ships with Lighthouse), so runs share
// no cache. A failure is reported, never thrown: the benchmark's tables
// matter more than one missing score.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

const score = (category) => (category?.score == null ? null : Math.round(category.score * 100));

/** What one Lighthouse report says, reduced to the numbers the issue cares about. */
function digest(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  // Audits that cost points in the categories that must reach 100, to say why.
  const failing = [];
  for (const id of ['accessibility', 'best-practices']) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const result = lhr.audits[ref.id];
      if (ref.weight > 0 && result && result.score !== null && result.score < 1) {
        failing.push(`${id}: ${ref.id} (${result.title})`);
      }
    }
  }
  return {
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    bestPractices: score(lhr.categories['best-practices']),
    cls: audit('cumulative-layout-shift'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    fcpMs: audit('first-contentful-paint'),
    speedIndexMs: audit('speed-index'),
    totalByteWeight: audit('total-byte-weight'),
    failing,
    // The main thread's longest tasks as Lighthouse saw them (simulated mobile CPU).
    longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 5).map((item) => ({
      startMs: Math.round(item.startTime),
      durationMs: Math.round(item.duration),
      url: String(item.url ?? '').replace(/^.*\//, ''),
    })),
    runWarnings: lhr.runWarnings ?? [],
    runtimeError: lhr.runtimeError?.message ?? null,
  };
}

async function runOnce(url, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result?.lhr) throw new Error('Lighthouse returned no report.');
    return digest(result.lhr);
  } finally {
    await chrome.kill();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs Lighthouse `runs` times on `url`; returns every run and the median of
 * each number, or { error } when it could not run at all.
 */
export async function runLighthouse(url, chromePath, runs = 1, log = console.log) {
  process.env.CHROME_PATH = chromePath;
  const results = [];
  const errors = [];
  for (let i = 1; i <= runs; i += 1) {
    const started = Date.now();
    try {
      const run = await runOnce(url, chromePath);
      results.push(run);
      log(
        `lighthouse ${i}/${runs}: performance ${run.performance}, accessibility ${run.accessibility}, best practices ${run.bestPractices} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
    } catch (error) {
      errors.push(String(error?.message ?? error));
      log(`lighthouse ${i}/${runs} failed: ${error?.message ?? error}`);
    }
  }
  if (results.length === 0) return { runs: [], errors, median: null };
  const numeric = Object.keys(results[0]).filter((key) => typeof results[0][key] === 'number');
  const mid = Object.fromEntries(numeric.map((key) => [key, median(results.map((r) => r[key]))]));
  return { runs: results, errors, median: mid };
}
