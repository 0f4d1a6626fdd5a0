#!/usr/bin/env node
// @ts-check
// Which Chromium the end-to-end tests (and the screenshot and icon scripts) drive. In order:
//   1. CHROMIUM_PATH, when set (a wrong path is reported, never silently replaced);
//   2. the system's Chromium (Debian's /usr/bin/chromium, chromium-browser, Chromium.app, …);
//   3. Playwright's own Chromium, if `npx playwright install chromium` has put it there;
//   4. an installed Google Chrome, the browser a Mac or Windows developer most likely has.
// Playwright's build comes before Chrome because it is the version Playwright was released with.
//
//   node scripts/find-chromium.mjs   prints the one that would be used, or how to get one (exit 1)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The flags every Chromium we launch gets (headless, no sandbox in containers, nothing fetched). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const NO_CHROMIUM =
  'No Chromium for the end-to-end tests: run `npx playwright install chromium` (or `apt-get install chromium`), or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** @param {string} file */
function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Where Playwright keeps the Chromium it downloads; null if that package cannot say. */
function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('@playwright/test');
    return chromium.executablePath() || null;
  } catch {
    return null;
  }
}

/**
 * @typedef {{ env?: Record<string, string | undefined>, platform?: string, home?: string,
 *   exists?: (file: string) => boolean, playwright?: () => string | null }} Machine
 * @typedef {'CHROMIUM_PATH' | 'system Chromium' | "Playwright's Chromium" | 'Google Chrome'} Source
 */

/**
 * The install locations to try for one platform, by source.
 * @param {Required<Pick<Machine, 'env' | 'platform' | 'home'>>} machine
 * @returns {{ chromium: string[], chrome: string[] }}
 */
export function installLocations({ env, platform, home }) {
  if (platform === 'darwin') {
    const app = (/** @type {string} */ bundle, /** @type {string} */ name) => [
      `/Applications/${bundle}.app/Contents/MacOS/${name}`,
      path.posix.join(home, 'Applications', `${bundle}.app`, 'Contents', 'MacOS', name),
    ];
    return { chromium: app('Chromium', 'Chromium'), chrome: app('Google Chrome', 'Google Chrome') };
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((root) => !!root);
    const under = (/** @type {string} */ vendor) =>
      roots.map((root) => path.win32.join(/** @type {string} */ (root), vendor, 'Application', 'chrome.exe'));
    return { chromium: under('Chromium'), chrome: under(path.win32.join('Google', 'Chrome')) };
  }
  return {
    chromium: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    chrome: ['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'],
  };
}

/**
 * The browser to use, and where it was found; or, when there is none, the one line that says how
 * to get one. Everything about the machine can be passed in, so the order can be tested.
 * @param {Machine} [machine]
 * @returns {{ found: true, path: string, source: Source } | { found: false, message: string }}
 */
export function findChromium(machine = {}) {
  const env = machine.env ?? process.env;
  const exists = machine.exists ?? isFile;
  const named = env.CHROMIUM_PATH;
  if (named) {
    return exists(named)
      ? { found: true, path: named, source: 'CHROMIUM_PATH' }
      : { found: false, message: `CHROMIUM_PATH names ${named}, which does not exist. ${NO_CHROMIUM}` };
  }
  const locations = installLocations({
    env,
    platform: machine.platform ?? process.platform,
    home: machine.home ?? os.homedir(),
  });
  const playwright = machine.playwright ?? playwrightChromium;
  // Asked in turn, so Playwright is only loaded when there is no system Chromium.
  /** @type {[Source, () => (string | null)[]][]} */
  const order = [
    ['system Chromium', () => locations.chromium],
    ["Playwright's Chromium", () => [playwright()]],
    ['Google Chrome', () => locations.chrome],
  ];
  for (const [source, candidates] of order) {
    const hit = candidates().find((file) => file !== null && exists(file));
    if (hit) return { found: true, path: hit, source };
  }
  return { found: false, message: NO_CHROMIUM };
}

// Only when run as this file: bundled into another entry (the bench), import.meta.url is that entry's.
const runAsScript =
  import.meta.url.endsWith('/find-chromium.mjs') && !!process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runAsScript) {
  const chromium = findChromium();
  if (chromium.found) console.log(`${chromium.path} (${chromium.source})`);
  else {
    console.error(chromium.message);
    process.exit(1);
  }
}
