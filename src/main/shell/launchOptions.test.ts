import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromArgv, ELECTRON_NATIVE_BINDING, nativeBindingFor } from './launchOptions';

describe('--data-dir', () => {
  const cwd = path.resolve('/home/ana');
  it('accepts both spellings and resolves relative paths from the working folder', () => {
    expect(dataDirFromArgv(['/usr/bin/electron', '.', '--data-dir=/tmp/lib'], cwd)).toBe(path.resolve('/tmp/lib'));
    expect(dataDirFromArgv(['electron', '.', '--data-dir', 'libs/test'], cwd)).toBe(path.join(cwd, 'libs/test'));
  });

  it('is absent unless given with a value', () => {
    expect(dataDirFromArgv(['electron', '.'], cwd)).toBeUndefined();
    expect(dataDirFromArgv(['electron', '.', '--data-dir'], cwd)).toBeUndefined();
    expect(dataDirFromArgv(['electron', '.', '--data-dir='], cwd)).toBeUndefined();
  });
});

describe('the Electron build of better-sqlite3', () => {
  const root = path.resolve('/src/counterpoint');
  it('is used from native/electron when running from a checkout that has it', () => {
    expect(nativeBindingFor(root, false, () => true)).toBe(path.join(root, ELECTRON_NATIVE_BINDING));
    expect(nativeBindingFor(root, false, () => false)).toBeUndefined();
  });

  it('is never overridden in a packaged app, whose better-sqlite3 is already built for Electron', () => {
    expect(nativeBindingFor(root, true, () => true)).toBeUndefined();
  });
});
