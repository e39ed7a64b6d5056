// The reader paths every engine must walk (the same ones the Chromium suite
// covers, in brief), against the driver interface of drivers.mjs. Elements are
// found by their ARIA roles and names, as the Chromium specs find them, by one
// in-page probe (WebDriver has no getByRole, and a function sent to a page
// cannot call another).
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const CITIES = ['Chicago', 'Los Angeles', 'Dallas', 'New York City', 'Atlanta'];
/** Present mode's steps, as data/tour.json has them. */
const TOUR_STEPS = JSON.parse(
  readFileSync(new URL('../../data/tour.json', import.meta.url), 'utf8'),
).steps.length;

/** Runs in the page: answers one question about it. */
function probe([question, arg]) {
  const cityButton = (city) =>
    [...document.querySelectorAll('button[aria-label]')].find((b) =>
      b.getAttribute('aria-label').startsWith(`${city},`),
    );
  const centre = (element) => {
    const r = element?.getBoundingClientRect();
    return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  };
  const openDialog = () => {
    const dialog = [...document.querySelectorAll('[role="dialog"]')].find(
      (d) => d.matches(':popover-open') || d.hasAttribute('open'),
    );
    if (!dialog) return null;
    const id = dialog.getAttribute('aria-labelledby');
    return (id && document.getElementById(id)?.textContent) || 'unnamed';
  };
  switch (question) {
    case 'cityCentre':
      return centre(cityButton(arg)?.querySelector('span') ?? cityButton(arg));
    case 'controlCentre': {
      const control = [...document.querySelectorAll('button, a')].find(
        (c) =>
          (c.getAttribute('aria-label') || c.textContent || '').trim() === arg &&
          c.getClientRects().length > 0 &&
          !c.disabled,
      );
      // A pointer can only reach what is on screen (a timeline entry far down the page).
      control?.scrollIntoView({ block: 'nearest' });
      return centre(control);
    }
    case 'dialogIs':
      return openDialog() === arg;
    case 'noDialog':
      return openDialog() === null;
    case 'focusCity':
      cityButton(arg)?.focus();
      return true;
    case 'focusedCityIs':
      return (document.activeElement?.getAttribute('aria-label') ?? '').startsWith(`${arg},`);
    case 'live':
      return document.documentElement.dataset.app === 'live';
    case 'mapState':
      return document.documentElement.dataset.mapState;
    case 'mapBox': {
      const r = document
        .querySelector('[role="region"][aria-label^="Map of"]')
        .getBoundingClientRect();
      return {
        x: Math.round(r.left),
        y: Math.round(r.top),
        width: Math.round(r.width),
        height: Math.round(r.height),
      };
    }
    case 'tableRows': {
      const table = document.querySelector('table');
      return table ? table.querySelectorAll('tbody tr').length : 0;
    }
    case 'progress':
      return (
        [...document.querySelectorAll('p')]
          .map((p) => p.textContent.trim())
          .find((t) => /^\d+ \/ \d+$/.test(t)) ?? null
      );
    case 'pymHeight': {
      const message = (window.__messages || []).find(
        (m) => typeof m.data === 'string' && m.data.includes('xPYMxheightxPYMx'),
      );
      const frame = document.querySelector('#map iframe');
      const height = frame ? Math.round(frame.getBoundingClientRect().height) : 0;
      return message && height > 300 ? height : null;
    }
    case 'spanish':
      return (
        document.documentElement.lang === 'es' &&
        /^Cinco ciudades/.test(document.querySelector('h1')?.textContent ?? '')
      );
    case 'dialogHeadings':
      return [...document.querySelectorAll('[role="dialog"]')]
        .filter((d) => d.matches(':popover-open'))
        .flatMap((d) => [...d.querySelectorAll('h3')].map((h) => h.textContent));
    case 'timelineMarks': {
      // The timeline region, its cities' lists, and each note's mark placed
      // by the build's stylesheet (custom properties on a ::before), in order.
      const region = [...document.querySelectorAll('section')].find(
        (s) => s.querySelector('h2')?.textContent === 'Timeline' && s.getClientRects().length > 0,
      );
      const lists = region ? [...region.querySelectorAll('ol[aria-labelledby]')] : [];
      if (lists.length !== 5) return null;
      let placed = 0;
      for (const list of lists) {
        const xs = [...list.querySelectorAll(':scope > li time[datetime]')].map((time) =>
          parseFloat(getComputedStyle(time, '::before').left),
        );
        if (xs.length === 0 || xs.some((x) => !Number.isFinite(x))) return null;
        if (xs.some((x, i) => i > 0 && x < xs[i - 1]) || xs[0] === xs.at(-1)) return null;
        placed += xs.length;
      }
      return placed;
    }
    case 'errors':
      return window.__smokeErrors ?? [];
    default:
      throw new Error(`unknown question ${question}`);
  }
}

const ask = (driver, question, arg) => driver.evaluate(probe, [question, arg ?? null]);

/** Asks until `accept(answer)` holds; fails naming `what` after `timeout`. */
async function until(driver, what, question, arg, accept = Boolean, timeout = 20_000) {
  const started = Date.now();
  let last;
  for (;;) {
    try {
      last = await ask(driver, question, arg);
      if (accept(last)) return last;
    } catch (error) {
      last = `(${error.message})`;
    }
    if (Date.now() - started > timeout) {
      throw new Error(
        `${what}: not within ${timeout / 1000} s (last answer: ${JSON.stringify(last)})`,
      );
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function click(driver, what, question, arg) {
  const at = await until(driver, `${what} on screen`, question, arg);
  await driver.clickAt(at.x, at.y);
}

/** Spread of grey levels in a region of a PNG: a blank map scores near zero. */
function pixelSpread(png, box) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}"><image x="${-box.x}" y="${-box.y}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const { pixels } = new Resvg(svg).render();
  let sum = 0;
  let squares = 0;
  const n = pixels.length / 4;
  for (let i = 0; i < pixels.length; i += 4) {
    const grey = 0.299 * pixels[i] + 0.587 * pixels[i + 1] + 0.114 * pixels[i + 2];
    sum += grey;
    squares += grey * grey;
  }
  const mean = sum / n;
  return Math.sqrt(Math.max(0, squares / n - mean * mean));
}

/** Uncaught errors, rejections and policy violations the page recorded (serve.mjs). */
export const pageErrors = (driver) => ask(driver, 'errors');

export const PATHS = [
  {
    name: 'the map drawn (or the fallback), the five cities',
    async run(driver, site) {
      await driver.goto(site);
      for (const city of CITIES) await until(driver, `${city}'s button`, 'cityCentre', city);
      await until(driver, 'the app', 'live');
      // Reach for the map: a headless browser may report no fine pointer, and wait for intent.
      await click(driver, 'Zoom in', 'controlCentre', 'Zoom in');
      const state = await until(
        driver,
        'the map interactive or its fallback',
        'mapState',
        null,
        (s) => s === 'interactive' || s === 'fallback',
        45_000,
      );
      if (state === 'fallback') return 'fallback (no WebGL): the static map';
      await new Promise((r) => setTimeout(r, 1000));
      const spread = pixelSpread(await driver.screenshot(), await ask(driver, 'mapBox'));
      if (spread <= 10) throw new Error(`the map looks blank (pixel spread ${spread.toFixed(1)})`);
      return `interactive, drawn (pixel spread ${spread.toFixed(0)})`;
    },
  },
  {
    name: 'each city’s notes by click and by keyboard; Escape closes; focus returns',
    async run(driver, site) {
      await driver.goto(site);
      await until(driver, 'the app', 'live');
      for (const city of CITIES) {
        await click(driver, `${city}'s button`, 'cityCentre', city);
        await until(driver, `${city}'s notes open by click`, 'dialogIs', city);
        await driver.press('Escape');
        await until(driver, `${city}'s notes closed`, 'noDialog');
        await ask(driver, 'focusCity', city);
        await driver.press('Enter');
        await until(driver, `${city}'s notes open by keyboard`, 'dialogIs', city);
        await driver.press('Escape');
        await until(driver, `${city}'s notes closed by Escape`, 'noDialog');
        await until(driver, `focus back on ${city}'s button`, 'focusedCityIs', city);
      }
      return 'all 5 cities';
    },
  },
  {
    name: 'the list view',
    async run(driver, site) {
      await driver.goto(site);
      await until(driver, 'the app', 'live');
      await click(driver, 'List', 'controlCentre', 'List');
      const rows = await until(
        driver,
        'a table of the five cities',
        'tableRows',
        null,
        (n) => n >= 5,
      );
      return `${rows} rows`;
    },
  },
  {
    name: 'the timeline view',
    async run(driver, site) {
      await driver.goto(site);
      await until(driver, 'the app', 'live');
      await click(driver, 'Timeline', 'controlCentre', 'Timeline');
      const placed = await until(
        driver,
        'every city’s notes placed in date order on the axis',
        'timelineMarks',
        null,
        (n) => n >= 60,
      );
      await click(driver, 'an entry’s button', 'controlCentre', 'Read in Atlanta’s notes');
      await until(driver, 'Atlanta open', 'dialogIs', 'Atlanta');
      return `${placed} notes placed; an entry opens its city`;
    },
  },
  {
    name: 'present mode keys',
    async run(driver, site) {
      await driver.goto(`${site}?mode=present`);
      const count = TOUR_STEPS;
      await until(driver, 'step 1', 'progress', null, (p) => p === `1 / ${count}`);
      for (const [key, expected] of [
        ['ArrowRight', `2 / ${count}`],
        ['PageDown', `3 / ${count}`],
        ['PageUp', `2 / ${count}`],
        ['End', `${count} / ${count}`],
        ['Home', `1 / ${count}`],
      ]) {
        await driver.press(key);
        await until(driver, `${key} to ${expected}`, 'progress', null, (p) => p === expected);
      }
      return 'arrows, PageUp/PageDown, Home/End';
    },
  },
  {
    name: 'the embed posts its height to a pym.js host',
    async run(driver, _site, host) {
      await driver.goto(`${host}pym.html`);
      const height = await until(
        driver,
        'a pym height message and a sized frame',
        'pymHeight',
        null,
        Boolean,
        30_000,
      );
      return `frame sized to ${height} px`;
    },
  },
  {
    name: 'Spanish',
    async run(driver, site) {
      await driver.goto(`${site}es/`);
      await until(driver, 'the page in Spanish', 'spanish');
      await until(driver, 'the app', 'live');
      await click(driver, 'Dallas', 'cityCentre', 'Dallas');
      await until(driver, 'Dallas open', 'dialogIs', 'Dallas');
      await until(driver, 'its notes in Spanish', 'dialogHeadings', null, (h) =>
        h.includes('Qué dice el informe'),
      );
      return 'lang=es, notes in Spanish';
    },
  },
];
