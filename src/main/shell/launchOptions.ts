import fs from 'node:fs';
import path from 'node:path';

/**
 * `--data-dir DIR` / `--data-dir=DIR`, the same flag browser mode takes: a library somewhere
 * other than the usual per-user folder (tests use a temp folder). Relative paths are from cwd.
 */
export function dataDirFromArgv(argv: readonly string[], cwd: string = process.cwd()): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    let value: string | undefined;
    if (arg.startsWith('--data-dir=')) value = arg.slice('--data-dir='.length);
    else if (arg === '--data-dir') value = argv[index + 1];
    if (value) return path.resolve(cwd, value);
  }
  return undefined;
}

/** Where `npm run build:native:electron` puts better-sqlite3 compiled for Electron's ABI. */
export const ELECTRON_NATIVE_BINDING = path.join('native', 'electron', 'better_sqlite3.node');

/**
 * Running from a checkout, node_modules holds better-sqlite3 built for Node (the tests need it),
 * so Electron loads its own copy from native/electron. A packaged app has better-sqlite3 rebuilt
 * for Electron by electron-builder and needs no override.
 */
export function nativeBindingFor(
  appRoot: string,
  isPackaged: boolean,
  exists: (file: string) => boolean = fs.existsSync,
): string | undefined {
  if (isPackaged) return undefined;
  const file = path.join(appRoot, ELECTRON_NATIVE_BINDING);
  return exists(file) ? file : undefined;
}
