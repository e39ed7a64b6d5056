// Finds the two other engines the smoke tests drive (README, "Running the
// tests"), installing Debian's packages when they are missing and this runs
// as root: Firefox ESR (`firefox-esr`), WebKitGTK's WebDriver and MiniBrowser
// (`webkit2gtk-driver`), and an X display for their WebGL (`xvfb`, with Mesa's
// drivers). It says what it does; an engine it cannot provide is reported with why.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const onPath = (name) => {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
};

/** WebKitGTK's MiniBrowser lives under the library folder, by API version. */
function miniBrowser() {
  for (const root of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']) {
    if (!existsSync(root)) continue;
    for (const dir of readdirSync(root).filter((d) => d.startsWith('webkit2gtk-'))) {
      const path = `${root}/${dir}/MiniBrowser`;
      if (existsSync(path)) return path;
    }
  }
  return null;
}

function current() {
  return {
    firefox: process.env.FIREFOX_PATH || onPath('firefox-esr') || onPath('firefox'),
    webkitDriver: onPath('WebKitWebDriver'),
    miniBrowser: miniBrowser(),
    xvfb: onPath('Xvfb'),
  };
}

const PACKAGES = {
  firefox: ['firefox-esr'],
  webkitDriver: ['webkit2gtk-driver'],
  miniBrowser: ['webkit2gtk-driver'],
  xvfb: ['xvfb', 'libgl1-mesa-dri'],
};

/**
 * { firefox, webkitDriver, miniBrowser, xvfb } paths (null where missing),
 * installing what is missing when `install` and running as root with apt.
 */
export function findEngines({ install = false, log = () => {} } = {}) {
  let found = current();
  const missing = Object.keys(found).filter((key) => !found[key]);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (missing.length > 0 && install && isRoot && existsSync('/usr/bin/apt-get')) {
    const packages = [...new Set(missing.flatMap((key) => PACKAGES[key]))];
    log(`Installing Debian's ${packages.join(', ')} with apt-get for the other engines …`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch (error) {
      log(`apt-get failed: ${error.message}`);
    }
    found = current();
  }
  return found;
}
