#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node.
//
// node_modules keeps the build for Node, which vitest, browser mode and the CLI load; Electron
// loads this second copy (src/main/shell/launchOptions.ts). The work happens on a copy of
// the package in a temp folder so the Node build is never overwritten. Only `npm start` and
// `npm run build:native:electron` call this — never npm install or npm test.
//
//   node scripts/build-electron-native.mjs [--force]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NATIVE_FILE = path.join(ROOT, 'native', 'electron', 'better_sqlite3.node');
const STAMP_FILE = path.join(ROOT, 'native', 'electron', 'build-info.json');

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const packageDir = (name) => path.join(ROOT, 'node_modules', name);

function packageBin(name) {
  const pkg = readJson(path.join(packageDir(name), 'package.json'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : Object.values(pkg.bin ?? {})[0];
  if (!bin) throw new Error(`${name} has no command to run`);
  return path.join(packageDir(name), bin);
}

/** What the binary must match; a change to any of these means building again. */
function wanted() {
  return {
    electron: readJson(path.join(packageDir('electron'), 'package.json')).version,
    betterSqlite3: readJson(path.join(packageDir('better-sqlite3'), 'package.json')).version,
    platform: process.platform,
    arch: process.arch,
  };
}

export function isElectronNativeCurrent() {
  if (!fs.existsSync(NATIVE_FILE) || !fs.existsSync(STAMP_FILE)) return false;
  try {
    return JSON.stringify(readJson(STAMP_FILE)) === JSON.stringify(wanted());
  } catch {
    return false;
  }
}

/**
 * npm passes its configuration to scripts as npm_config_* variables, and node-gyp obeys them:
 * a nodedir (.ci/run sets one for offline installs) would build against Node's headers instead
 * of Electron's. The child gets an environment without them.
 */
function buildEnvironment() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|build_from_source|devdir)$/i.test(key)) {
      delete env[key];
    }
  }
  return env;
}

function run(command, args, cwd, env) {
  const result = spawnSync(process.execPath, [command, ...args], { cwd, env, stdio: 'inherit', timeout: 15 * 60_000 });
  return result.status === 0;
}

/** Returns the path of the Electron build, building it first unless it is already current. */
export function buildElectronNative({ force = false, log = console.log } = {}) {
  const target = wanted();
  if (!force && isElectronNativeCurrent()) {
    log(`better-sqlite3 for Electron ${target.electron} is already built (${path.relative(ROOT, NATIVE_FILE)}).`);
    return NATIVE_FILE;
  }
  log(`Building better-sqlite3 ${target.betterSqlite3} for Electron ${target.electron} (${target.platform}-${target.arch})…`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-native-'));
  try {
    const copy = path.join(work, 'better-sqlite3');
    const source = packageDir('better-sqlite3');
    fs.cpSync(source, copy, {
      recursive: true,
      // The Node build and the package's own dependencies stay behind; the sources are enough.
      filter: (file) => !['build', 'node_modules'].includes(path.relative(source, file).split(path.sep)[0] ?? ''),
    });
    const env = buildEnvironment();
    const common = [`--runtime=electron`, `--target=${target.electron}`, `--arch=${target.arch}`];
    // A published prebuild for this Electron saves a compile (and a C++ toolchain); fall back to compiling.
    const fetched =
      fs.existsSync(packageDir('prebuild-install')) &&
      run(packageBin('prebuild-install'), [...common, `--platform=${target.platform}`], copy, env);
    if (!fetched) {
      const compiled = run(
        packageBin('node-gyp'),
        ['rebuild', '--release', ...common, '--dist-url=https://electronjs.org/headers'],
        copy,
        env,
      );
      if (!compiled) throw new Error('node-gyp could not build better-sqlite3 for Electron (see the output above).');
    }
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!fs.existsSync(built)) throw new Error(`The build finished but ${built} is missing.`);
    fs.mkdirSync(path.dirname(NATIVE_FILE), { recursive: true });
    // Copy then rename, so an interrupted copy never leaves a half-written binary in place.
    const partial = `${NATIVE_FILE}.partial`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, NATIVE_FILE);
    fs.writeFileSync(STAMP_FILE, `${JSON.stringify(target, null, 2)}\n`);
    log(`Built ${path.relative(ROOT, NATIVE_FILE)}.`);
    return NATIVE_FILE;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    buildElectronNative({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
