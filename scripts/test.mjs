// `npm test`: builds the app, runs the unit tests (vitest) and the end-to-end tests
// (Playwright: browser mode in Chromium, plus the Electron suite where Electron exists),
// then prints one summary line for both.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findChromium } from './find-chromium.mjs';

// Without a browser every end-to-end test would fail with the same launch error; say it once, first.
const chromium = findChromium();
if (!chromium.found) {
  console.error(chromium.message);
  process.exit(1);
}

const reports = path.resolve('.tmp/test-reports');
fs.mkdirSync(reports, { recursive: true });
const vitestReport = path.join(reports, 'vitest.json');
const playwrightReport = path.join(reports, 'playwright.json');
for (const file of [vitestReport, playwrightReport]) fs.rmSync(file, { force: true });

const run = (command, args, env = {}) => {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
};

const bin = (name) => path.resolve('node_modules/.bin', name);
if (run(bin('electron-vite'), ['build']) !== 0) process.exit(1);
const unit = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
const e2e = run(bin('playwright'), ['test', '--reporter=list,json', ...process.argv.slice(2)], {
  PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport,
});

const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);
const v = read(vitestReport);
const p = read(playwrightReport);
const passed = (v?.numPassedTests ?? 0) + (p?.stats?.expected ?? 0);
const failed = (v?.numFailedTests ?? 0) + (p?.stats?.unexpected ?? 0) + (p?.stats?.flaky ?? 0);
const skipped = (v?.numPendingTests ?? 0) + (v?.numTodoTests ?? 0) + (p?.stats?.skipped ?? 0);
if (!v) console.log('No vitest report was written.');
if (!p) console.log('No Playwright report was written.');
console.log(`\nunit: ${v?.numPassedTests ?? 0} passed · end-to-end: ${p?.stats?.expected ?? 0} passed, ${p?.stats?.skipped ?? 0} skipped`);
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(unit !== 0 || e2e !== 0 || !v || !p ? 1 : 0);
