import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { findBrowser } from '../scripts/find-browser.mjs';

function executablePath(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright's own browser is not installed: use the one find-browser finds.
  }
  return findBrowser() ?? undefined;
}

/**
 * Launch options for every spec: Playwright's own Chromium when installed,
 * else the one scripts/find-browser.mjs settles on (`npm test` installs one
 * if there is none).
 */
export const LAUNCH_OPTIONS = {
  executablePath: executablePath(),
  args: [
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
