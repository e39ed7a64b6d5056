// `npm test`'s cross-engine smoke (README, "Running the tests"): after the
// Chromium suite, the same reader paths in Firefox ESR and WebKitGTK (Safari's
// engine), on the built site, each under an X display so that WebGL works.
// It finds the engines or installs them (as root); an engine it cannot run is
// named as skipped, and when CI is set a skipped engine fails the run. It
// writes test-results/engines.json ({ passed, failed, skipped, engines }) and
// a screenshot of a city's notes open in each engine.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findEngines } from '../../scripts/find-engines.mjs';
import { firefox, startXvfb, webkit } from './drivers.mjs';
import { PATHS, pageErrors } from './paths.mjs';
import { serveSite } from './serve.mjs';

const SITE_PORT = 4173;
const HOST_PORT = 4174;
const results = { passed: 0, failed: 0, skipped: [], flaky: [], engines: [] };
const log = (line) => console.log(line);

async function startHostPages() {
  const child = spawn(process.execPath, ['e2e/host-server.mjs'], {
    env: { ...process.env, HOST_PORT: String(HOST_PORT) },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://localhost:${HOST_PORT}/pym.html`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://localhost:${HOST_PORT}/`, close: () => child.kill() };
}

async function runEngine(name, open, site, host) {
  const started = Date.now();
  let driver;
  try {
    driver = await open();
  } catch (error) {
    results.failed += 1;
    results.engines.push({ name, error: `could not start: ${error.message}` });
    log(`✗ ${name}: could not start: ${error.message}`);
    return;
  }
  const engine = { name, version: driver.version, paths: [] };
  log(`\n▶ ${driver.name} (${driver.version})`);
  try {
    await driver.setSize(1280, 800);
    const attempt = async (path) => {
      const said = await path.run(driver, site, host);
      const errors = [...(await pageErrors(driver)), ...driver.errors.splice(0)];
      if (errors.length > 0) throw new Error(`errors on the page: ${errors.join('; ')}`);
      return said;
    };
    for (const path of PATHS) {
      const t0 = Date.now();
      // One retry, as the Chromium suite has: on these 2-core machines a busy
      // moment can outlast a wait. A path that passes only on its retry is named as flaky.
      let first = null;
      for (let run = 1; run <= 2; run += 1) {
        try {
          const said = await attempt(path);
          results.passed += 1;
          if (first) results.flaky.push(`${name}: ${path.name} (first try: ${first})`);
          engine.paths.push({
            name: path.name,
            ok: true,
            said,
            flaky: !!first,
            ms: Date.now() - t0,
          });
          const note = first ? ' (flaky: passed on its retry)' : '';
          log(`  ✓ ${path.name}: ${said}${note} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
          break;
        } catch (error) {
          driver.errors.splice(0);
          if (run === 1) {
            first = error.message;
            continue;
          }
          results.failed += 1;
          engine.paths.push({
            name: path.name,
            ok: false,
            error: error.message,
            ms: Date.now() - t0,
          });
          log(`  ✗ ${path.name}: ${error.message} (first try: ${first})`);
        }
      }
    }
    // A city's notes open, for the record.
    await driver.goto(`${site}?city=atlanta`);
    await new Promise((r) => setTimeout(r, 1500));
    const file = `test-results/engine-${name.toLowerCase()}-atlanta.png`;
    writeFileSync(file, await driver.screenshot());
    engine.screenshot = file;
  } finally {
    engine.seconds = Math.round((Date.now() - started) / 1000);
    results.engines.push(engine);
    await driver.close().catch(() => undefined);
  }
}

async function main() {
  mkdirSync('test-results', { recursive: true });
  const found = findEngines({ install: true, log });
  const ready = {
    Firefox: found.firefox && found.xvfb ? null : 'firefox-esr or Xvfb not available',
    WebKit:
      found.webkitDriver && found.miniBrowser && found.xvfb
        ? null
        : 'WebKitWebDriver, MiniBrowser or Xvfb not available',
  };
  const site = await serveSite(resolve('dist'), SITE_PORT);
  const host = await startHostPages();
  let xvfb;
  try {
    if (found.xvfb) xvfb = await startXvfb(found.xvfb);
    for (const name of ['Firefox', 'WebKit']) {
      if (ready[name]) {
        results.skipped.push(`${name}: ${ready[name]}`);
        log(`- ${name} skipped: ${ready[name]}`);
        continue;
      }
      const open =
        name === 'Firefox'
          ? () => firefox(found.firefox, xvfb.display)
          : () => webkit(found.webkitDriver, found.miniBrowser, xvfb.display);
      await runEngine(name, open, site.url, host.url);
    }
  } finally {
    xvfb?.stop();
    host.close();
    await site.close();
  }
  if (process.env.CI && results.skipped.length > 0) {
    results.failed += results.skipped.length;
    log(`CI is set: ${results.skipped.length} skipped engine(s) count as failed.`);
  }
  writeFileSync('test-results/engines.json', JSON.stringify(results, null, 2));
  for (const flaky of results.flaky) log(`flaky: ${flaky}`);
  log(
    `\nother engines: ${results.passed} passed, ${results.failed} failed${results.skipped.length ? `, skipped: ${results.skipped.join('; ')}` : ''}`,
  );
  process.exit(results.failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
