#!/usr/bin/env node
// Renders icon.svg into the PNGs electron-builder and the Linux window use, with headless
// Chromium (the one scripts/find-chromium.mjs finds). Run after editing the SVG: node resources/render-icons.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChromium } from '../scripts/find-chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const found = findChromium();
if (!found.found) {
  console.error(found.message);
  process.exit(1);
}
const chromium = found.path;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-icon-'));
const page = path.join(work, 'icon.html');
fs.writeFileSync(
  page,
  `<!doctype html><style>html,body{margin:0;background:transparent}img{display:block;width:100vw;height:100vh}</style>` +
    `<img src="${pathToFileURL(path.join(here, 'icon.svg')).href}">`,
);

const outputs = [
  { size: 512, file: 'icon.png' },
  { size: 512, file: path.join('icons', '512x512.png') },
  { size: 256, file: path.join('icons', '256x256.png') },
];
fs.mkdirSync(path.join(here, 'icons'), { recursive: true });
try {
  for (const { size, file } of outputs) {
    const target = path.join(here, file);
    execFileSync(chromium, [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--hide-scrollbars',
      '--default-background-color=00000000',
      `--window-size=${size},${size}`,
      `--screenshot=${target}`,
      pathToFileURL(page).href,
    ], { stdio: 'ignore', timeout: 60_000 });
    console.log(`${path.relative(process.cwd(), target)} (${size}×${size})`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
