// `npm run bench`: builds the app and the two baselines, serves them with
// compression, loads them in Chromium interleaved (app, library, limit, app, …)
// under a desktop and a phone profile, runs Lighthouse on the app, prints the
// tables and the issue's targets, and writes everything to bench/results/.
//
// Options: --no-build (measure what is built), --rounds=N (default 7 measured
// rounds after one warm-up), --profiles=desktop,phone, --lighthouse-runs=N
// (default 3; 0 skips it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { findBrowser } from '../scripts/find-browser.mjs';
import { buildAll, DIST, LIBRARY_DIST, LIMIT_DIST } from './build.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { measureRun } from './measure.mjs';
import { formatReaderBytes, measureReaderBytes } from './bytes.mjs';
import { PROFILES } from './profiles.mjs';
import { budgetReport, formatBudget } from '../scripts/check-budget.mjs';
import {
  checkTargets,
  formatLighthouse,
  formatNotes,
  formatTable,
  formatTargets,
  PAGES,
  summarise,
} from './report.mjs';
import { serveOnFreePort } from './serve.mjs';

const LAUNCH_ARGS = ['--disable-quic', '--disable-background-networking', '--no-first-run'];

function option(name, fallback) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

const config = {
  build: !process.argv.includes('--no-build'),
  rounds: Number(option('rounds', 7)),
  warmupRounds: 1,
  profiles: option('profiles', 'desktop,phone').split(','),
  lighthouseRuns: Number(option('lighthouse-runs', 5)),
  encoding: 'gzip',
};

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const fmt = (v) => (v == null ? '–' : String(Math.round(v)));

async function measureProfile(executablePath, profileName, targets) {
  const profile = PROFILES[profileName];
  const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
  const runs = [];
  try {
    const total = config.warmupRounds + config.rounds;
    for (let round = 1; round <= total; round += 1) {
      const warmup = round <= config.warmupRounds;
      for (const target of targets) {
        let run;
        try {
          run = await measureRun(browser, profile, target);
        } catch (error) {
          // One broken load must not cost the other runs: it counts as missing.
          console.log(`${profileName} ${target.name}: run failed: ${error.message}`);
          runs.push({
            page: target.name,
            profile: profileName,
            round,
            warmup,
            error: error.message,
          });
          continue;
        }
        runs.push({ ...run, profile: profileName, round, warmup });
        console.log(
          [
            profileName.padEnd(7),
            warmup ? 'warm-up  ' : `round ${round - config.warmupRounds}/${config.rounds}`,
            target.name.padEnd(7),
            `fcp ${fmt(run.fcp)}`,
            `buttons ${fmt(run.buttonsVisible)}`,
            `interactive ${fmt(run.interactive)}${run.intentNeeded ? ' (after intent)' : ''}`,
            `${(run.transferBytes / 1000).toFixed(1)} kB`,
            seconds(run.wallMs),
          ].join('  '),
        );
      }
    }
    return { runs, browserVersion: browser.version() };
  } finally {
    await browser.close();
  }
}

async function main() {
  const started = Date.now();
  if (config.build) buildAll();
  else buildAll({ app: false });

  const executablePath = findBrowser({ install: true, log: console.log });
  if (!executablePath) throw new Error('No Chromium found (see scripts/find-browser.mjs).');

  // Separate origins, so nothing is shared between the pages; ports 4300–4399
  // keep clear of the end-to-end tests' 4173.
  const servers = {
    app: await serveOnFreePort(DIST, 4301, 4399, config),
    library: await serveOnFreePort(LIBRARY_DIST, 4311, 4399, config),
    limit: await serveOnFreePort(LIMIT_DIST, 4321, 4399, config),
  };
  const targets = PAGES.map((name) => ({ name, url: servers[name].url, hasMap: name !== 'limit' }));
  console.log(
    `serving ${targets.map((t) => `${t.name} ${t.url}`).join(', ')} (${config.encoding})`,
  );

  const results = {
    startedAt: new Date(started).toISOString(),
    // The machine is shared: a high load average explains a noisy run.
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      node: process.version,
      loadAverageAtStart: loadavg(),
    },
    config,
    urls: Object.fromEntries(targets.map((t) => [t.name, t.url])),
    profiles: {},
    lighthouse: null,
    targets: [],
  };
  const printed = [];
  try {
    for (const name of config.profiles) {
      const { runs, browserVersion } = await measureProfile(executablePath, name, targets);
      results.chromium = browserVersion;
      const measured = runs.filter((r) => !r.warmup);
      results.profiles[name] = {
        label: PROFILES[name].label,
        settings: PROFILES[name],
        summary: summarise(measured),
        runs,
      };
    }
    {
      const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
      try {
        results.readerBytes = [];
        for (const [path, city] of [
          ['', 'Chicago'],
          ['es/', 'Chicago'],
          ['embed/', 'Dallas'],
          ['es/embed/', 'Dallas'],
        ]) {
          const url = `${servers.app.url}${path}`;
          console.log(`bytes: a phone reader on ${url}, opening ${city}`);
          results.readerBytes.push(await measureReaderBytes(browser, url, city));
        }
      } finally {
        await browser.close();
      }
    }
    if (config.lighthouseRuns > 0) {
      console.log(`lighthouse: ${config.lighthouseRuns} run(s) on ${servers.app.url}`);
      results.lighthouse = await runLighthouse(
        servers.app.url,
        executablePath,
        config.lighthouseRuns,
      );
    }
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.close()));
  }

  const summaries = Object.fromEntries(
    Object.entries(results.profiles).map(([name, p]) => [name, p.summary]),
  );
  const runsByProfile = Object.fromEntries(
    Object.entries(results.profiles).map(([name, p]) => [name, p.runs.filter((r) => !r.warmup)]),
  );
  results.targets = checkTargets(summaries, runsByProfile, results.lighthouse, results.readerBytes);
  results.machine.loadAverageAtEnd = loadavg();
  results.finishedAt = new Date().toISOString();
  results.durationMs = Date.now() - started;

  for (const [name, p] of Object.entries(results.profiles)) {
    printed.push(formatTable(p.label, p.summary, config.rounds), formatNotes(runsByProfile[name]));
  }
  printed.push(
    formatBudget(budgetReport()),
    formatReaderBytes(results.readerBytes ?? []),
    formatLighthouse(results.lighthouse),
    formatTargets(results.targets),
  );
  const load = results.machine.loadAverageAtEnd.map((v) => v.toFixed(1)).join(' ');
  printed.push(
    `Chromium ${results.chromium}; total time ${seconds(results.durationMs)}; load average at the end ${load} on ${results.machine.cpus} cores.`,
  );
  console.log('\n' + printed.join('\n\n'));

  mkdirSync('bench/results', { recursive: true });
  const json = JSON.stringify(results, null, 2);
  const stamp = results.startedAt.replace(/[:.]/g, '-');
  writeFileSync('bench/results/latest.json', json);
  writeFileSync(`bench/results/bench-${stamp}.json`, json);
  console.log('results: bench/results/latest.json');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
