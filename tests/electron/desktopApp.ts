import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { NATIVE_FILE } from '../../scripts/build-electron-native.mjs';
import { installedElectron } from '../../scripts/electron-binary.mjs';

/**
 * What every Electron spec shares: whether the desktop app can run here, and starting it on a temp
 * library. It needs Electron's binary (downloaded on first use, which these machines cannot do)
 * and better-sqlite3 built for Electron; where either is missing, every test skips and the runner
 * prints why once — unless COUNTERPOINT_ELECTRON_REQUIRED=1 (the desktop CI workflow), where a
 * skip would hide a broken setup, so each test fails with the reason instead. Run `npm run build`
 * first (npm test does).
 */
export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * COUNTERPOINT_PACKAGED_APP names an installer's unpacked app (relative to the checkout), e.g.
 * dist/linux-unpacked/counterpoint: the suite then runs against what electron-builder packed
 * (asar, its own better-sqlite3) instead of the checkout's Electron and out/.
 */
const packagedApp = process.env.COUNTERPOINT_PACKAGED_APP ? path.resolve(APP_ROOT, process.env.COUNTERPOINT_PACKAGED_APP) : null;
const executable = packagedApp ?? installedElectron(APP_ROOT);
const missing = packagedApp
  ? fs.existsSync(packagedApp)
    ? []
    : [`COUNTERPOINT_PACKAGED_APP names ${packagedApp}, which does not exist`]
  : [
      ...(executable
        ? []
        : ["Electron's binary is not installed on this machine (no download possible here); it runs where `npx electron --version` works"]),
      ...(fs.existsSync(NATIVE_FILE)
        ? []
        : ['native/electron/better_sqlite3.node is missing (build it with `npm run build:native:electron`; npm start does this)']),
    ];
const problem = missing.length > 0 ? `${missing.join('; and ')}.` : null;
// Naming a packaged app asks for it to be tested: a wrong name fails rather than skips.
const required = process.env.COUNTERPOINT_ELECTRON_REQUIRED === '1' || packagedApp !== null;
const skipReason = problem && `Electron suite skipped: ${problem}`;
// Playwright loads spec files in more than one process; the runner (no worker index) says it once.
if (skipReason && !required && process.env.TEST_WORKER_INDEX === undefined) console.log(skipReason);

/** The command line the app gets: the checkout (package.json "main" = out/main/index.js) unless packaged, and the library folder. */
function appArgs(dataDir: string): string[] {
  return [
    // Chromium's OS sandbox cannot start as root (CI containers); the page still gets Electron's sandboxed preload.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    // Under xvfb there is no Wayland compositor to find; X11 is what there is.
    ...(process.platform === 'linux' ? ['--ozone-platform=x11'] : []),
    ...(packagedApp ? [] : [APP_ROOT]),
    `--data-dir=${dataDir}`,
  ];
}

function appEnv(): Record<string, string> {
  const env = { ...process.env } as Record<string, string>;
  // Set in some shells and CI images; it would make the Electron binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

export interface DesktopApp {
  /** A temp library folder, removed after the test. */
  dataDir: string;
  /** Starts the app on dataDir and waits for its window to draw the app. */
  launch(): Promise<{ app: ElectronApplication; page: Page }>;
  /** Quits every app this test started, the way a user does (all windows closed, then quit). */
  quit(): Promise<void>;
  /**
   * Starts a second instance on the same library, without Playwright attached (it is meant to exit
   * at once), and resolves with its exit code.
   */
  launchSecondInstance(): Promise<number | null>;
}

export const test = base.extend<{ desktop: DesktopApp }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  desktop: async ({}, use, testInfo) => {
    if (problem && required) {
      throw new Error(`The Electron suite was asked to run but cannot: ${problem}`);
    }
    testInfo.skip(skipReason !== null, skipReason ?? '');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-electron-'));
    const running: ElectronApplication[] = [];
    const desktop: DesktopApp = {
      dataDir,
      async launch() {
        const app = await electron.launch({ executablePath: executable!, args: appArgs(dataDir), cwd: APP_ROOT, env: appEnv() });
        running.push(app);
        const page = await app.firstWindow();
        await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
        return { app, page };
      },
      async quit() {
        for (const app of running.splice(0)) await app.close();
      },
      launchSecondInstance() {
        return new Promise((resolve, reject) => {
          const child = spawn(executable!, appArgs(dataDir), { cwd: APP_ROOT, env: appEnv(), stdio: 'ignore' });
          child.once('error', reject);
          child.once('exit', (code) => resolve(code));
        });
      },
    };
    try {
      await use(desktop);
    } finally {
      await desktop.quit();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
});

export { expect };
