#!/usr/bin/env node
// `npm start`: the desktop app where Electron's binary can be had, browser mode where it cannot.
//
//   npm start [-- --data-dir DIR] [-- --browser] [-- --port N (browser mode)]
//
// Electron 42+ fetches its binary on first use rather than at npm install. This script looks
// for it, tries the download once when the download server is reachable, and otherwise says so
// in one line and starts browser mode with the same arguments.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectronNative } from './build-electron-native.mjs';
import { installedElectron } from './electron-binary.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron');
const PROBE_TIMEOUT_MS = 5_000;
const CACHED_INSTALL_TIMEOUT_MS = 20_000;
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** Whether the server @electron/get downloads from answers at all (any HTTP status will do). */
async function downloadServerReachable(version) {
  if (process.env.ELECTRON_GET_USE_PROXY || process.env.HTTPS_PROXY || process.env.https_proxy) return true;
  const mirror = process.env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/download/';
  const url = new URL(`${process.env.ELECTRON_CUSTOM_DIR ?? `v${version}`}/`, mirror.endsWith('/') ? mirror : `${mirror}/`);
  try {
    await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs electron's installer in a child. Offline it still succeeds from @electron/get's cache,
 * so it is tried quietly with a short limit; with a reachable server it gets time to download.
 */
async function fetchElectron() {
  const version = readJson(path.join(ELECTRON_DIR, 'package.json')).version;
  const reachable = await downloadServerReachable(version);
  if (reachable) console.log(`Downloading Electron ${version} (first start only)…`);
  const result = spawnSync(process.execPath, [path.join(ELECTRON_DIR, 'install.js')], {
    cwd: ROOT,
    stdio: reachable ? ['ignore', 'inherit', 'pipe'] : 'pipe',
    timeout: reachable ? DOWNLOAD_TIMEOUT_MS : CACHED_INSTALL_TIMEOUT_MS,
  });
  if (result.status !== 0 && reachable) {
    const reason = String(result.stderr ?? '').trim().split('\n')[0];
    if (reason) console.log(`The download did not work: ${reason}`);
  }
  return installedElectron(ROOT);
}

async function findElectron() {
  if (!fs.existsSync(path.join(ELECTRON_DIR, 'package.json'))) return null;
  return installedElectron(ROOT) ?? (await fetchElectron());
}

function runNode(script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function build() {
  const pkg = readJson(path.join(ROOT, 'node_modules', 'electron-vite', 'package.json'));
  runNode(path.join(ROOT, 'node_modules', 'electron-vite', pkg.bin['electron-vite']), ['build']);
}

/** Runs the app in the foreground: Ctrl+C and kill reach it, and its exit code becomes ours. */
function runForeground(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`Could not start ${path.basename(command)}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startBrowserMode(args) {
  build();
  runForeground(process.execPath, [path.join(ROOT, 'out', 'main', 'web.js'), ...args]);
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--browser')) {
    startBrowserMode(args.filter((arg) => arg !== '--browser'));
    return;
  }
  const electron = await findElectron();
  if (!electron) {
    console.log(
      "Electron's binary isn't available on this machine (no download possible); starting Counterpoint in browser mode instead.",
    );
    startBrowserMode(args);
    return;
  }
  try {
    buildElectronNative();
  } catch (error) {
    console.log(
      `better-sqlite3 could not be built for Electron (${error instanceof Error ? error.message : String(error)}); ` +
        'starting Counterpoint in browser mode instead.',
    );
    startBrowserMode(args);
    return;
  }
  build();
  const env = { ...process.env };
  // Set in some shells and CI images; it would make the Electron binary behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  // --port belongs to browser mode; the desktop app takes --data-dir and ignores the rest.
  runForeground(electron, ['.', ...args], env);
}

main().catch((error) => {
  console.error(`Counterpoint could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
