import { chromium } from '@playwright/test';
import { findBrowser } from '../scripts/find-browser.mjs';
import { serveOnFreePort } from './serve.mjs';
const srv = await serveOnFreePort('dist', 4390);
const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--disable-quic','--disable-background-networking','--no-first-run'] });
for (const phone of [false, true]) {
  const ctx = await browser.newContext(phone ? { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  const seen = [];
  cdp.on('Network.requestWillBeSent', (e) => seen.push(['cdp', e.request.url.slice(-50)]));
  page.on('request', (r) => seen.push(['pw', r.url().slice(-50)]));
  await page.goto(srv.url);
  await page.waitForTimeout(phone ? 1000 : 4000);
  console.log(await page.evaluate(() => ({ state: document.documentElement.dataset.mapState, stage: document.querySelector('.map-stage').getBoundingClientRect().toJSON(), buttons: [...document.querySelectorAll('button[data-city-marker]')].map(b => [b.getAttribute('aria-label').slice(0,20), Math.round(b.getBoundingClientRect().x), Math.round(b.getBoundingClientRect().y), b.getBoundingClientRect().width]) , fine: matchMedia('(pointer: fine) and (min-width: 48rem)').matches})));
  if (phone) { await page.mouse.move(187, 400); await page.mouse.down(); await page.mouse.up(); await page.waitForTimeout(4000); console.log(await page.evaluate(() => document.documentElement.dataset.mapState)); }
  console.log(seen);
  await ctx.close();
}
await browser.close(); await srv.close();
