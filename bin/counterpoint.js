#!/usr/bin/env node
// `counterpoint SUBCOMMAND ...`: runs out/main/counterpoint.js (built from src/main/tools/cli/counterpoint.ts).
// Plain JavaScript, so it runs without a build. When the build is missing or older than anything it
// is built from (src/**, package.json, electron.vite.config.ts, tsconfig*.json), it builds first,
// with all of the build's output on stderr: stdout carries only the command's result.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const built = path.join(root, 'out', 'main', 'counterpoint.js');

/** The newest modification time among the files the build reads; 0 when there are none (an installed copy). */
function newestSource() {
  let newest = 0;
  const visit = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(file)) visit(path.join(file, name));
    } else if (stat.mtimeMs > newest) {
      newest = stat.mtimeMs;
    }
  };
  visit(path.join(root, 'src'));
  for (const name of fs.readdirSync(root)) {
    if (name === 'package.json' || name === 'electron.vite.config.ts' || /^tsconfig.*\.json$/.test(name)) visit(path.join(root, name));
  }
  return newest;
}

function isCurrent() {
  const stat = fs.statSync(built, { throwIfNoEntry: false });
  return stat !== undefined && stat.mtimeMs >= newestSource();
}

/** Runs `electron-vite build` with its stdout and stderr both on our stderr; answers whether it succeeded. */
function build() {
  const require = createRequire(path.join(root, 'package.json'));
  let cli;
  try {
    const manifest = require.resolve('electron-vite/package.json');
    const bin = JSON.parse(fs.readFileSync(manifest, 'utf8')).bin;
    cli = path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin['electron-vite']);
  } catch {
    process.stderr.write(`counterpoint: ${built} is missing or out of date, and electron-vite is not installed to build it (npm install).\n`);
    return false;
  }
  process.stderr.write('counterpoint: the build is out of date; building first (electron-vite build)…\n');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status === 0) return true;
  process.stderr.write(`counterpoint: the build failed (${result.error?.message ?? `exit ${result.status ?? result.signal}`}).\n`);
  return false;
}

if (isCurrent() || build()) {
  // The built entry reads process.argv.slice(2), which is this script's arguments, and sets process.exitCode.
  await import(pathToFileURL(built).href);
} else {
  process.exitCode = 1;
}
