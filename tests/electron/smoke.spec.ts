import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { CounterpointBridge } from '../../src/preload/api';

/**
 * The desktop app end to end: the real Electron window, preload and IPC over a temp library.
 * It needs Electron's binary, which Electron 42+ downloads on first use; where that cannot
 * happen this file is skipped and says why. Run `npm run build` first (npm test does).
 */
const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ELECTRON_DIR = path.join(APP_ROOT, 'node_modules', 'electron');
const NATIVE_BINDING = path.join(APP_ROOT, 'native', 'electron', 'better_sqlite3.node');

/** Finds the executable the way electron's index.js does, but never starts its download. */
function installedElectron(): string | null {
  try {
    const relative = fs.readFileSync(path.join(ELECTRON_DIR, 'path.txt'), 'utf8').trim();
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(ELECTRON_DIR, 'dist');
    const executable = path.join(dist, relative);
    return relative && fs.existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

const executable = installedElectron();
const missing = [
  ...(executable
    ? []
    : ["Electron's binary is not installed on this machine (no download possible here); it runs where `npx electron --version` works"]),
  ...(fs.existsSync(NATIVE_BINDING)
    ? []
    : ['native/electron/better_sqlite3.node is missing (build it with `npm run build:native:electron`; npm start does this)']),
];
const skipReason = missing.length > 0 ? `Electron smoke test skipped: ${missing.join('; and ')}.` : null;
// Playwright loads this file in more than one process; the runner (no worker index) says it once.
if (skipReason && process.env.TEST_WORKER_INDEX === undefined) console.log(skipReason);

/** The page's global scope as the renderer sees it (this file is type-checked without the DOM library). */
type PageGlobals = { counterpoint?: CounterpointBridge; require?: unknown; process?: unknown };

const running: ElectronApplication[] = [];

async function launch(dataDir: string): Promise<Page> {
  const env = { ...process.env } as Record<string, string>;
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await electron.launch({
    executablePath: executable!,
    // Chromium's OS sandbox cannot start as root (CI containers); the page still gets Electron's sandboxed preload.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), APP_ROOT, `--data-dir=${dataDir}`],
    cwd: APP_ROOT,
    env,
  });
  running.push(app);
  const page = await app.firstWindow();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  return page;
}

async function quit(): Promise<void> {
  for (const app of running.splice(0)) await app.close();
}

const projectsNav = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects', exact: true });

test.describe('the desktop app (Electron)', () => {
  test.skip(skipReason !== null, skipReason ?? '');

  let dataDir = '';
  test.beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-electron-'));
  });
  test.afterEach(async () => {
    await quit();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens the window, creates a project through the UI, and keeps it after a restart', async () => {
    test.setTimeout(90_000);
    const page = await launch(dataDir);
    await expect(page).toHaveTitle(/Counterpoint/);

    // The page sees the bridge and nothing of Node or Electron.
    const surface = await page.evaluate(() => {
      const scope = globalThis as PageGlobals;
      return {
        bridge: Object.keys(scope.counterpoint ?? {}).sort(),
        require: typeof scope.require,
        process: typeof scope.process,
      };
    });
    expect(surface).toEqual({ bridge: ['invoke', 'methods'], require: 'undefined', process: 'undefined' });
    const refused = await page.evaluate(() => (globalThis as PageGlobals).counterpoint!.invoke('projects.drop', {}));
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });

    await projectsNav(page).click();
    await page.getByRole('link', { name: 'New project' }).first().click();
    const form = page.getByRole('form', { name: 'Project' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Night Songs');
    await form.getByRole('combobox', { name: 'Medium' }).selectOption({ label: 'Music' });
    await form.getByRole('button', { name: 'Create project' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Night Songs');

    const listed = await page.evaluate(() => (globalThis as PageGlobals).counterpoint!.invoke('projects.list', {}));
    expect(listed).toMatchObject({ ok: true, value: [{ title: 'Night Songs', medium: 'music' }] });

    await quit();
    // Quitting closed the library cleanly (checkpointed, no write-ahead log left) and remembered the window.
    expect(fs.existsSync(path.join(dataDir, 'counterpoint.sqlite3-wal'))).toBe(false);
    const settings = JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8')) as {
      window?: { width?: unknown; x?: unknown };
    };
    expect(typeof settings.window?.width).toBe('number');
    expect(typeof settings.window?.x).toBe('number');

    const reopened = await launch(dataDir);
    await projectsNav(reopened).click();
    await expect(reopened.getByRole('list', { name: 'Projects' }).getByRole('link', { name: 'Night Songs' })).toBeVisible();
  });
});
