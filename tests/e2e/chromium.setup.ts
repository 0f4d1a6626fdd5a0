import { test } from '@playwright/test';
import { findChromium } from '../../scripts/find-chromium.mjs';

// Runs only when playwright.config.ts found no browser; the e2e project depends on it then.
test('a Chromium to run the end-to-end tests in', () => {
  const chromium = findChromium();
  if (!chromium.found) throw new Error(chromium.message);
});
