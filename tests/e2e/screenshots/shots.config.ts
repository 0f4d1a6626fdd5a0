import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../../playwright.config';
import { findChromium } from '../../../scripts/find-chromium.mjs';

const chromium = findChromium();
if (!chromium.found) throw new Error(chromium.message);

/**
 * Not a test suite: renders the main pages, light and dark, into PNGs for review and for the README.
 *   npm run build && npx playwright test --config tests/e2e/screenshots/shots.config.ts
 * Writes to $SCREENSHOT_DIR (default .tmp/screenshots).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.shots.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 820 },
    launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS },
  },
});
