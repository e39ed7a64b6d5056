// Finds a Chromium for the end-to-end tests, installing one when there is none:
// 1. Playwright's own Chromium, if `playwright install` has been run;
// 2. a system Chromium or Chrome on the PATH or in the usual places;
// 3. otherwise it installs one: Playwright's download where the network allows
//    it, else Debian's `chromium` package when running as root.
// It prints what it does, and the path it settles on as its last line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

function playwrightChromium() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function systemChromium() {
  for (const candidate of SYSTEM_CANDIDATES) if (existsSync(candidate)) return candidate;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

/** The path of a usable Chromium, or null; `log` receives what was done. */
export function findBrowser({ install = false, log = () => {} } = {}) {
  const own = playwrightChromium();
  if (own) return own;
  const system = systemChromium();
  if (system) return system;
  if (!install) return null;

  log('No Chromium found: trying `npx playwright install chromium` …');
  const download = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    timeout: 180_000,
  });
  if (download.status === 0 && playwrightChromium()) return playwrightChromium();

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log('Playwright could not download its browser: installing Debian’s chromium with apt-get …');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (error) {
      log(`apt-get failed: ${error.message}`);
    }
    return systemChromium();
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = findBrowser({ install: true, log: (m) => console.log(m) });
  if (!path) {
    console.error(
      'No Chromium is available and none could be installed. Install Chromium (or run `npx playwright install chromium`) and set CHROMIUM_PATH if it is somewhere unusual.',
    );
    process.exit(1);
  }
  console.log(path);
}
