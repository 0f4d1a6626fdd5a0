import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

export { CHROMIUM_ARGS };

/**
 * End-to-end tests. `e2e` drives the built app in browser mode with the Chromium that
 * scripts/find-chromium.mjs finds (CHROMIUM_PATH, the system's, Playwright's own, Chrome); each
 * test starts its own server on a temp library (tests/e2e/fixtures.ts), so there is no webServer
 * block. `electron` runs the desktop suite where Electron exists. Run `npm run build` first: both
 * use what is in out/.
 */
const chromium = findChromium();

export default defineConfig({
  workers: 2,
  retries: 0,
  reporter: 'list',
  // The longest journeys (a project through reload and server restart, 300 timeline entries) take
  // ~20 s alone on 2 cores and crossed 30 s with the other worker busy; each step still fails
  // within the 5 s expect timeout, so a slow machine no longer fails a test that is right.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  projects: [
    // Without a browser, this one test fails with the line saying how to get one, and the e2e
    // tests are not run, instead of each failing with the same launch error.
    ...(chromium.found ? [] : [{ name: 'chromium', testDir: 'tests/e2e', testMatch: 'chromium.setup.ts' }]),
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      dependencies: chromium.found ? [] : ['chromium'],
      use: {
        browserName: 'chromium',
        headless: true,
        viewport: { width: 1280, height: 820 },
        launchOptions: {
          executablePath: chromium.found ? chromium.path : undefined,
          args: CHROMIUM_ARGS,
        },
        trace: 'retain-on-failure',
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
