// `npm test`: every check, in order, then one summary line "N passed, N failed".
// Typecheck, lint, format and content validation count as one check each; the
// unit and end-to-end suites count their tests. A failing step does not hide
// later ones, except that the end-to-end tests need a build and a browser.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const results = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(title, command, args) {
  console.log(`\n▶ ${title}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: status === 0, seconds };
}

function check(title, command, args) {
  const { ok, seconds } = run(title, command, args);
  results[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? '✓' : '✗'} ${title} (${seconds} s)`);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** Runs a test suite and adds its own counts; a crash with no report counts as one failure. */
function suite(title, command, args, reportPath, count) {
  rmSync(reportPath, { force: true });
  const { ok, seconds } = run(title, command, args);
  const report = readJson(reportPath);
  const counts = report ? count(report) : { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.passed += counts.passed;
  results.failed += counts.failed;
  results.skipped += counts.skipped;
  lines.push(
    `${ok ? '✓' : '✗'} ${title}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`,
  );
  return ok;
}

mkdirSync('test-results', { recursive: true });
check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('format', 'npx', ['prettier', '--check', '.']);
check('content', 'node', ['scripts/validate-content.mjs']);
suite(
  'unit tests',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'],
  'test-results/unit.json',
  (r) => ({
    passed: r.numPassedTests ?? 0,
    // A file that fails to load has no failed tests of its own; count it once.
    failed: r.numFailedTests || r.numFailedTestSuites || 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  }),
);
const built = check('build', 'npm', ['run', 'build']);
if (built) check('byte budget', 'node', ['scripts/check-budget.mjs']);

console.log('\n▶ browser');
const browser = findBrowser({ install: true, log: (m) => console.log(m) });
if (browser) console.log(`Chromium for the end-to-end tests: ${browser}`);
else console.log('No Chromium could be found or installed: see README, "Running the tests".');

if (built && browser) {
  suite('end-to-end tests', 'npx', ['playwright', 'test'], 'test-results/e2e.json', (r) => ({
    // A test that passed only on CI's one retry is flaky: it counts as passed, and Playwright names it.
    passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
    failed: r.stats?.unexpected ?? 0,
    skipped: r.stats?.skipped ?? 0,
  }));
} else {
  results.failed += 1;
  lines.push(`✗ end-to-end tests: not run (${built ? 'no browser' : 'the build failed'})`);
}

// The same reader paths in Firefox ESR and WebKitGTK (e2e/engines/), after Chromium's suite.
if (built) {
  suite(
    'other engines (Firefox, WebKit)',
    'node',
    ['e2e/engines/run.mjs'],
    'test-results/engines.json',
    (r) => ({ passed: r.passed ?? 0, failed: r.failed ?? 0, skipped: r.skipped?.length ?? 0 }),
  );
}

console.log(`\n${lines.join('\n')}`);
const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
console.log(`${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed === 0 && existsSync('dist/index.html') ? 0 : 1);
