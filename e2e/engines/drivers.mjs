// Two engines behind one small interface, so the reader paths (paths.mjs) are
// written once: Firefox ESR over WebDriver BiDi (puppeteer-core) and WebKitGTK
// over W3C WebDriver (WebKitWebDriver and its MiniBrowser, spoken to directly).
//
//   goto(url), evaluate(fn, arg), clickAt(x, y), press(key), screenshot() → PNG,
//   setSize(w, h), version, close()
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';

/** A private X display for the engines' WebGL (Mesa's software GL). */
export async function startXvfb(xvfb) {
  const child = spawn(
    xvfb,
    ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    },
  );
  const display = await new Promise((resolve, reject) => {
    let text = '';
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    setTimeout(() => reject(new Error('Xvfb did not start')), 15_000);
  });
  return { display, stop: () => child.kill() };
}

const FIREFOX_PREFS = {
  // Nothing of Firefox's own traffic: the machine has no network, and the tests count requests.
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'app.normandy.enabled': false,
  'network.captive-portal-service.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.update.enabled': false,
  'app.update.enabled': false,
};

export async function firefox(executablePath, display) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    env: { ...process.env, DISPLAY: display },
    extraPrefsFirefox: FIREFOX_PREFS,
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return {
    name: 'Firefox',
    version: await browser.version(),
    errors,
    async setSize(width, height) {
      await page.setViewport({ width, height });
    },
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    async clickAt(x, y) {
      await page.mouse.click(x, y);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
    close: () => browser.close(),
  };
}

async function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** W3C WebDriver keys for the few the paths press. */
const KEYS = {
  Enter: '\uE007',
  Escape: '\uE00C',
  ArrowRight: '\uE014',
  ArrowLeft: '\uE012',
  PageDown: '\uE00F',
  PageUp: '\uE00E',
  Home: '\uE011',
  End: '\uE010',
  Tab: '\uE004',
  ' ': ' ',
};

export async function webkit(driverPath, miniBrowser, display) {
  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (json.value && json.value.error) {
      throw new Error(`WebDriver ${path}: ${json.value.error}: ${json.value.message}`);
    }
    return json.value;
  };
  // The driver takes a moment to listen.
  for (let i = 0; ; i += 1) {
    try {
      await call('GET', '/status');
      break;
    } catch (error) {
      if (i > 50) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const session = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    },
  });
  const id = session.sessionId;
  const s = (path) => `/session/${id}${path}`;
  const version = `${session.capabilities.browserName} ${session.capabilities.browserVersion}`;
  return {
    name: 'WebKit',
    version,
    errors: [],
    async setSize(width, height) {
      await call('POST', s('/window/rect'), { width, height });
    },
    async goto(url) {
      await call('POST', s('/url'), { url });
    },
    async evaluate(fn, arg) {
      const value = await call('POST', s('/execute/async'), {
        script: `const done = arguments[arguments.length - 1];
          Promise.resolve((${fn.toString()})(arguments[0])).then(
            (v) => done(v === undefined ? null : v),
            (e) => done({ __error: String(e) }),
          );`,
        args: [arg ?? null],
      });
      if (value && typeof value === 'object' && '__error' in value) throw new Error(value.__error);
      return value;
    },
    async clickAt(x, y) {
      await call('POST', s('/actions'), {
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
      await call('DELETE', s('/actions'));
    },
    async press(key) {
      const value = KEYS[key] ?? key;
      await call('POST', s('/actions'), {
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value },
              { type: 'keyUp', value },
            ],
          },
        ],
      });
      await call('DELETE', s('/actions'));
    },
    screenshot: async () => Buffer.from(await call('GET', s('/screenshot')), 'base64'),
    async close() {
      await call('DELETE', s('')).catch(() => undefined);
      driver.kill();
    },
  };
}
