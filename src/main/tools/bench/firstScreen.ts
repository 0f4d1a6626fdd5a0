import type { Browser, Page } from '@playwright/test';
import type * as Playwright from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../../../scripts/find-chromium.mjs';

/**
 * The first screen and the page switches of the built app in browser mode, timed in Chromium with
 * Playwright. Every time is taken inside the page (performance.now(), checked once per frame), so
 * Playwright's own round trips do not count.
 *
 * - Dashboard drawn: from navigation (performance.timeOrigin) to the frame where its main heading
 *   and its first figures (the counts) are on screen.
 * - Dashboard interactive: drawn, plus the time the app then takes to answer a key ("?" opens the
 *   shortcuts dialog: from the keydown to the frame the dialog is open).
 * - Dashboard settled: nothing in the page area says "Loading…" any more (the attention cards too).
 * - A switch: from the click on a sidebar link to the frame where the new page's heading is drawn
 *   and nothing in the page area is loading. Each page is visited once (its data not yet fetched),
 *   then once more (what react-query kept).
 */
export interface PageSwitch {
  path: string;
  label: string;
  firstMs: number;
  againMs: number;
}

export interface FirstScreenFigures {
  drawnMs: number;
  inputMs: number;
  interactiveMs: number;
  settledMs: number;
  switches: PageSwitch[];
}


/**
 * The little of the DOM the in-page checks below use: this file is compiled for Node (no DOM
 * types), and the checks run in the page, where these are the browser's own.
 */
interface PageElement {
  querySelector(selector: string): PageElement | null;
  textContent: string | null;
  click(): void;
}
declare const document: PageElement;
declare const window: BenchWindow & { addEventListener(type: 'keydown', listener: () => void, options: { capture: boolean; once: boolean }): void };

/**
 * In the page: resolves with the value of ready() at the first frame where it is a number. Each
 * ready() runs in the page on its own (Playwright sends its source), so it must not use anything
 * from this file; a function, never a string: the app's CSP forbids eval.
 */
async function frameWhen(page: Page, ready: () => number | false, timeoutMs = 30_000): Promise<number> {
  const handle = await page.waitForFunction(ready, null, { polling: 'raf', timeout: timeoutMs });
  return (await handle.jsonValue()) as number;
}

/** The page area has a heading, no "Loading…" and no page still on its way. */
const pageSettled = (): number | false => {
  const main = document.querySelector('main');
  return Boolean(main?.querySelector('h1') && !main.querySelector('.loading, .page-loading')) && performance.now();
};

const dashboardDrawn = (): number | false => {
  const main = document.querySelector('main');
  return Boolean(main?.querySelector('h1')?.textContent === 'Dashboard' && main.querySelector('.stats .stat__value')) && performance.now();
};

const dialogOpen = (): number | false => document.querySelector('dialog[open]') !== null && performance.now();
const dialogClosed = (): number | false => document.querySelector('dialog[open]') === null && performance.now();

interface BenchWindow {
  benchKeyAt?: number;
  benchHeading?: PageElement | null;
}

/** A new heading (another page's) is drawn and nothing in the page area is loading. */
const switched = (): number | false => {
  const main = document.querySelector('main');
  const heading = main?.querySelector('h1');
  const fresh = heading && heading !== window.benchHeading;
  return Boolean(fresh && !main?.querySelector('.loading, .page-loading')) && performance.now();
};

/** Clicks a sidebar link inside the page and times it until the new page has settled. */
async function timeSwitch(page: Page, href: string): Promise<number> {
  const started = await page.evaluate((target) => {
    const link = document.querySelector(`nav a[href="${target}"]`);
    if (!link) throw new Error(`no sidebar link to ${target}`);
    window.benchHeading = document.querySelector('main h1');
    const at = performance.now();
    link.click();
    return at;
  }, href);
  return (await frameWhen(page, switched)) - started;
}

/** A first visit in its own context warms the server (its statements, the file's pages) but not the measured page's cache. */
async function warmServer(browser: Browser, url: string, token: string): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${url}?token=${token}#/`);
    await frameWhen(page, pageSettled);
  } finally {
    await context.close();
  }
}

async function measureInBrowser(browser: Browser, url: string, token: string): Promise<FirstScreenFigures> {
  await warmServer(browser, url, token);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${url}?token=${token}#/`, { waitUntil: 'commit' });
    const drawnMs = await frameWhen(page, dashboardDrawn);
    // Time one key's answer inside the page: keydown (capture) to the frame the shortcuts dialog is open.
    await page.evaluate(() => {
      window.addEventListener('keydown', () => (window.benchKeyAt = performance.now()), { capture: true, once: true });
    });
    await page.keyboard.press('?');
    const openedAt = await frameWhen(page, dialogOpen);
    const inputMs = openedAt - (await page.evaluate(() => window.benchKeyAt ?? Number.NaN));
    await page.keyboard.press('Escape');
    await frameWhen(page, dialogClosed);
    const settledMs = await frameWhen(page, pageSettled);

    const links = await page.$$eval('nav a.sidebar__link', (anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', label: anchor.querySelector('.sidebar__label')?.textContent?.trim() ?? '' })),
    );
    // From the Dashboard down the sidebar and back, twice: first visits, then pages whose data is kept.
    const order = [...links.filter((link) => link.href !== '#/'), links.find((link) => link.href === '#/')].filter(
      (link): link is { href: string; label: string } => link !== undefined,
    );
    const first = new Map<string, number>();
    for (const link of order) first.set(link.href, await timeSwitch(page, link.href));
    const switches: PageSwitch[] = [];
    for (const link of order) {
      switches.push({ path: link.href.slice(1), label: link.label, firstMs: first.get(link.href) as number, againMs: await timeSwitch(page, link.href) });
    }
    if (errors.length > 0) throw new Error(`the app threw while being measured: ${errors.join('; ')}`);
    return { drawnMs, inputMs, interactiveMs: drawnMs + inputMs, settledMs, switches };
  } finally {
    await context.close();
  }
}

/**
 * Measures the first screen and page switches in Chromium of the app served at `server.url` (the
 * bench's backend, bench/backend.ts); null with the reason when there is no Chromium.
 */
export async function measureFirstScreen(server: { url: string; token: string }): Promise<{ figures: FirstScreenFigures | null; skipped?: string }> {
  const found = findChromium();
  if (!found.found) return { figures: null, skipped: found.message };
  const executablePath = found.path;
  // Loaded at run time from node_modules, not bundled into the bench.
  const playwright = '@playwright/test';
  const { chromium } = (await import(/* @vite-ignore */ playwright)) as typeof Playwright;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    return { figures: await measureInBrowser(browser, server.url, server.token) };
  } finally {
    await browser.close();
  }
}
