// Turns runs into the printed tables and the target checks. Bytes are in kB
// of 1000 bytes, as transferred (compressed body plus response headers).
import { INTENT_GRACE_MS } from './measure.mjs';
import { describe } from './stats.mjs';
import { EMBED_KIB, PHONE_KIB } from '../scripts/check-budget.mjs';

export const PAGES = ['app', 'library', 'limit'];

const ms = (v) => `${Math.round(v)}`;
const kB = (v) => `${(v / 1000).toFixed(1)}`;
const MiB = (v) => `${(v / 2 ** 20).toFixed(1)}`;
const count = (v) => `${Math.round(v)}`;

/** The table's rows; `pages` limits a row to the pages where it means something. */
export const METRICS = [
  { key: 'fcp', label: 'First contentful paint (ms)', format: ms },
  { key: 'lcp', label: 'Largest contentful paint (ms)', format: ms },
  { key: 'buttonsVisible', label: 'Five city buttons visible (ms)', format: ms },
  { key: 'interactive', label: 'Map interactive (ms)', format: ms, pages: ['app', 'library'] },
  { key: 'intentAt', label: '  intent shown at (ms)', format: ms, pages: ['app'] },
  { key: 'intentToInteractive', label: '  intent → interactive (ms)', format: ms, pages: ['app'] },
  { key: 'transferBytes', label: 'Bytes transferred (kB)', format: kB },
  { key: 'preMapBytes', label: 'Bytes before MapLibre (kB)', format: kB, pages: ['app'] },
  { key: 'paintBytes', label: 'Bytes that paint it, no script (kB)', format: kB, pages: ['app'] },
  { key: 'requests', label: 'Requests', format: count },
  { key: 'longTaskMs', label: 'Long tasks, total (ms)', format: ms },
  {
    key: 'hydrationTaskMs',
    label: 'Longest task, first paint → hydrated (ms)',
    format: ms,
    pages: ['app'],
  },
  { key: 'tbtMs', label: 'Blocking time, Σ(task−50) (ms)', format: ms },
  { key: 'heapBytes', label: 'JS heap, main thread (MiB)', format: MiB },
];

/** { metric: { page: { n, missing, median, min, max } } } over the measured runs of a profile. */
export function summarise(runs) {
  const summary = {};
  for (const { key, pages = PAGES } of METRICS) {
    summary[key] = {};
    for (const page of pages) {
      summary[key][page] = describe(runs.filter((r) => r.page === page).map((r) => r[key]));
    }
  }
  return summary;
}

const ratio = (a, b) => (a?.median != null && b?.median ? a.median / b.median : null);

function cell(stats, format) {
  if (!stats || stats.n === 0) return stats?.missing ? `none of ${stats.missing}` : 'n/a';
  const range = `[${format(stats.min)}–${format(stats.max)}]`;
  const missing = stats.missing ? ` (${stats.missing} timed out)` : '';
  return `${format(stats.median)} ${range}${missing}`;
}

/** The printed table for one profile: metrics × pages, medians [min–max], and the ratios. */
export function formatTable(title, summary, rounds) {
  const header = ['metric', ...PAGES, 'app/library', 'app/limit'];
  const rows = METRICS.map(({ key, label, format }) => {
    const s = summary[key];
    const fmt = (r) => (r == null ? '–' : r.toFixed(2));
    return [
      label,
      ...PAGES.map((page) => (page in s ? cell(s[page], format) : '–')),
      fmt(ratio(s.app, s.library)),
      fmt(ratio(s.app, s.limit)),
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row) =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [
    `${title}: median [min–max] of ${rounds} runs per page`,
    line(header),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

function intentNote(runs) {
  const app = runs.filter((r) => r.page === 'app');
  const needed = app.filter((r) => r.intentNeeded).length;
  if (needed === 0) return 'the app loaded MapLibre by itself in every run (no intent shown).';
  return `the app waited for intent in ${needed} of ${app.length} runs: the harness tapped/clicked an empty spot on the map ${INTENT_GRACE_MS / 1000} s after the buttons were visible, so "Map interactive" includes that wait; see "intent → interactive".`;
}

/** The notes printed under a profile's table. */
export function formatNotes(runs) {
  const lcp = [...new Set(runs.map((r) => `${r.page}: ${r.lcpElement ?? '?'}`))].join(', ');
  return [`note: ${intentNote(runs)}`, `note: LCP element ${lcp}.`].join('\n');
}

const check = (name, pass, measured, extra = '') => ({ name, pass, measured, extra });

/** The issue's targets, each with what was measured; pass is null when it could not be measured. */
export function checkTargets(summaries, runsByProfile, lighthouse, readerBytes = []) {
  const targets = [];
  const phone = summaries.phone;
  const desktop = summaries.desktop;

  for (const reader of readerBytes) {
    const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
    const where = new URL(reader.url).pathname;
    const budget = reader.serviceWorker ? PHONE_KIB : EMBED_KIB;
    targets.push(
      check(
        `Phone reader opening a city on ${where}: ≤ ${budget} KiB, no MapLibre`,
        reader.bytes <= budget * 1024 && reader.mapLibreFiles.length === 0,
        `${kib(reader.bytes)}, ${reader.mapLibreFiles.length} MapLibre file(s)`,
        reader.serviceWorker ? '(service worker active)' : '(no service worker)',
      ),
    );
  }
  if (phone) {
    const app = phone.buttonsVisible.app.median;
    const limit = phone.buttonsVisible.limit.median;
    const r = app != null && limit ? app / limit : null;
    targets.push(
      check(
        'Five buttons visible (phone) ≤ 1.5 × limit',
        r == null ? null : r <= 1.5,
        r == null ? 'n/a' : `app ${ms(app)} ms / limit ${ms(limit)} ms = ${r.toFixed(2)}×`,
      ),
    );
    const longest = phone.hydrationTaskMs.app.median;
    targets.push(
      check(
        'Aim: longest task, first paint → hydrated (phone) ≤ 100 ms',
        longest == null ? null : longest <= 100,
        longest == null
          ? 'n/a'
          : `${ms(longest)} ms (max ${ms(phone.hydrationTaskMs.app.max)}; 0 = none of 50 ms or more)`,
      ),
    );
    const fcp = phone.fcp.app.median;
    const limitFcp = phone.fcp.limit.median;
    const f = fcp != null && limitFcp ? fcp / limitFcp : null;
    targets.push(
      check(
        'Stretch: first paint (phone) ≤ 1.2 × limit',
        f == null ? null : f <= 1.2,
        f == null ? 'n/a' : `app ${ms(fcp)} ms / limit ${ms(limitFcp)} ms = ${f.toFixed(2)}×`,
      ),
    );
  }
  if (desktop) {
    const app = desktop.interactive.app.median;
    const lib = desktop.interactive.library.median;
    const r = app != null && lib ? app / lib : null;
    const needed = runsByProfile.desktop.filter((x) => x.page === 'app' && x.intentNeeded).length;
    targets.push(
      check(
        'Map interactive (desktop) ≤ 1.10 × library',
        r == null ? null : r <= 1.1,
        r == null ? 'n/a' : `app ${ms(app)} ms / library ${ms(lib)} ms = ${r.toFixed(2)}×`,
        needed ? `(intent was needed in ${needed} desktop runs)` : '',
      ),
    );
  }
  const bytesProfile = desktop ?? phone;
  if (bytesProfile) {
    const paint = bytesProfile.paintBytes.app.median;
    targets.push(
      check(
        'Stretch: bytes before the page is usable ≤ 60 KiB',
        paint == null ? null : paint <= 60 * 1024,
        paint == null
          ? 'n/a'
          : `${(paint / 1024).toFixed(1)} KiB (HTML, CSS, basemap, icon; with headers: the notes work with no script)`,
      ),
    );
    const all = bytesProfile.transferBytes.app.median;
    const lib = bytesProfile.transferBytes.library.median;
    const r = all != null && lib ? all / lib : null;
    targets.push(
      check(
        'All bytes ≤ 1.10 × library page',
        r == null ? null : r <= 1.1,
        r == null ? 'n/a' : `app ${kB(all)} kB / library ${kB(lib)} kB = ${r.toFixed(2)}×`,
        desktop ? '(desktop profile, where both load everything)' : '',
      ),
    );
  }
  const lh = lighthouse?.median;
  const lhCheck = (name, value, ok, shown) =>
    targets.push(
      check(
        `Lighthouse mobile: ${name}`,
        value == null ? null : ok(value),
        value == null ? 'not run' : shown(value),
      ),
    );
  lhCheck('performance ≥ 95', lh?.performance, (v) => v >= 95, String);
  lhCheck(
    'TBT ≤ 150 ms',
    lh?.tbtMs,
    (v) => v <= 150,
    (v) => `${ms(v)} ms`,
  );
  lhCheck('accessibility = 100', lh?.accessibility, (v) => v === 100, String);
  lhCheck('best practices = 100', lh?.bestPractices, (v) => v === 100, String);
  lhCheck(
    'CLS ≤ 0.01',
    lh?.cls,
    (v) => v <= 0.01,
    (v) => v.toFixed(3),
  );
  return targets;
}

export function formatTargets(targets) {
  const width = Math.max(...targets.map((t) => t.name.length));
  return [
    'Targets',
    ...targets.map((t) => {
      const verdict = t.pass == null ? 'N/A ' : t.pass ? 'PASS' : 'FAIL';
      return `${verdict}  ${t.name.padEnd(width)}  ${t.measured}${t.extra ? ' ' + t.extra : ''}`;
    }),
  ].join('\n');
}

export function formatLighthouse(lighthouse) {
  if (!lighthouse) return 'Lighthouse: skipped.';
  if (!lighthouse.median) return `Lighthouse: failed (${lighthouse.errors.join('; ')}).`;
  const m = lighthouse.median;
  const lines = [
    `Lighthouse 12.2.3, mobile preset, median of ${lighthouse.runs.length} run(s)` +
      (lighthouse.errors.length ? ` (${lighthouse.errors.length} failed)` : ''),
    `  performance ${m.performance}, accessibility ${m.accessibility}, best practices ${m.bestPractices}`,
    `  CLS ${m.cls?.toFixed(3)}, LCP ${ms(m.lcpMs)} ms, TBT ${ms(m.tbtMs)} ms, FCP ${ms(m.fcpMs)} ms, speed index ${ms(m.speedIndexMs)} ms, ${kB(m.totalByteWeight)} kB`,
  ];
  const longest = lighthouse.runs.map((r) => r.longTasks?.[0]?.durationMs ?? 0);
  lines.push(
    `  longest task per run (simulated phone CPU): ${longest.map((v) => `${v} ms`).join(', ')}; performance per run: ${lighthouse.runs.map((r) => r.performance).join(', ')}`,
  );
  const failing = [...new Set(lighthouse.runs.flatMap((r) => r.failing))];
  if (failing.length) lines.push(`  audits losing points: ${failing.join('; ')}`);
  return lines.join('\n');
}
