import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runSample } from './sampleCommand';

/**
 * bin/counterpoint.js, spawned in a stand-in checkout: its own copy of the script, a src/ file, a
 * package.json, a built entry that prints its arguments as JSON, and an "electron-vite" whose build
 * is noisy on stdout, leaves a mark, and writes a fresh entry. So both paths (current build, stale
 * build) run for real without the real build's time.
 */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/counterpoint.js');
const REAL_BUILD = path.join(ROOT, 'out/main');

const ENTRY = (label: string) =>
  `process.stderr.write('a message\\n'); process.stdout.write(JSON.stringify({ ${label}: true, args: process.argv.slice(2) }) + '\\n'); process.exitCode = process.argv.includes('--fail') ? 1 : 0;\n`;

const FAKE_BUILD = `import fs from 'node:fs';
console.log('vite building for production...');
console.log('out/main/counterpoint.js  2.1 kB');
fs.writeFileSync('build-ran', '');
if (process.env.FAKE_BUILD_FAILS) { console.error('error during build'); process.exit(1); }
fs.writeFileSync('out/main/counterpoint.js', ${JSON.stringify(ENTRY('rebuilt'))});
`;

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function checkout(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-bin-'));
  roots.push(root);
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('bin/counterpoint.js', fs.readFileSync(BIN, 'utf8'));
  write('package.json', JSON.stringify({ name: 'stand-in', type: 'module' }));
  write('tsconfig.node.json', '{}');
  write('src/main/a.ts', 'export {};\n');
  write('node_modules/electron-vite/package.json', JSON.stringify({ name: 'electron-vite', type: 'module', bin: { 'electron-vite': 'bin/electron-vite.js' } }));
  write('node_modules/electron-vite/bin/electron-vite.js', FAKE_BUILD);
  write('out/main/counterpoint.js', ENTRY('current'));
  // Sources an hour old, the build a minute old: the build is current.
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const file of ['package.json', 'tsconfig.node.json', 'src/main/a.ts']) fs.utimesSync(path.join(root, file), hourAgo, hourAgo);
  const minuteAgo = new Date(Date.now() - 60_000);
  fs.utimesSync(path.join(root, 'out/main/counterpoint.js'), minuteAgo, minuteAgo);
  return root;
}

const run = (root: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [path.join(root, 'bin/counterpoint.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

describe('bin/counterpoint.js', () => {
  it('runs the built entry without building when the build is current, stdout holding only the result', () => {
    const root = checkout();
    const child = run(root, ['analyze', '--data-dir', 'DIR', '--json']);
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toEqual({ current: true, args: ['analyze', '--data-dir', 'DIR', '--json'] });
    expect(child.stderr).toBe('a message\n');
    expect(fs.existsSync(path.join(root, 'build-ran'))).toBe(false);
  });

  it.each([['src/main/a.ts'], ['package.json'], ['tsconfig.node.json']])(
    'builds first when %s is newer than the build, with all the build says on stderr',
    (source) => {
      const root = checkout();
      fs.utimesSync(path.join(root, source), new Date(), new Date());
      const child = run(root, ['analyze', '--json']);
      expect(child.status).toBe(0);
      expect(fs.existsSync(path.join(root, 'build-ran'))).toBe(true);
      expect(JSON.parse(child.stdout)).toEqual({ rebuilt: true, args: ['analyze', '--json'] });
      expect(child.stderr).toContain('vite building for production...');
      expect(child.stderr).toContain('out/main/counterpoint.js  2.1 kB');
      // Built once, current afterwards.
      fs.rmSync(path.join(root, 'build-ran'));
      expect(JSON.parse(run(root, ['sample']).stdout)).toEqual({ rebuilt: true, args: ['sample'] });
      expect(fs.existsSync(path.join(root, 'build-ran'))).toBe(false);
    },
  );

  it('builds when there is no build yet', () => {
    const root = checkout();
    fs.rmSync(path.join(root, 'out'), { recursive: true });
    fs.mkdirSync(path.join(root, 'out/main'), { recursive: true });
    const child = run(root, ['check']);
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout).rebuilt).toBe(true);
  });

  it('passes on the command’s exit code', () => {
    expect(run(checkout(), ['check', '--fail']).status).toBe(1);
  });

  it('exits with 1 and nothing on stdout when the build fails', () => {
    const root = checkout();
    fs.utimesSync(path.join(root, 'src/main/a.ts'), new Date(), new Date());
    const child = run(root, ['analyze'], { FAKE_BUILD_FAILS: '1' });
    expect(child.status).toBe(1);
    expect(child.stdout).toBe('');
    expect(child.stderr).toContain('error during build');
    expect(child.stderr).toMatch(/counterpoint: the build failed \(exit 1\)/);
  });
});

// npm test builds before the unit tests; run alone without a build, this one has nothing to run.
describe.skipIf(!fs.existsSync(path.join(REAL_BUILD, 'counterpoint.js')))('bin/counterpoint.js over a copy of the real build', () => {
  it('runs analyze --json with no build step, and stdout parses as JSON', async () => {
    const root = checkout();
    fs.rmSync(path.join(root, 'node_modules'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    fs.rmSync(path.join(root, 'out/main'), { recursive: true });
    fs.cpSync(REAL_BUILD, path.join(root, 'out/main'), { recursive: true });
    const library = path.join(root, 'library');
    const quiet = { out: () => {}, err: () => {}, now: () => new Date() };
    expect(await runSample(['--data-dir', library], quiet)).toBe(0);
    const child = run(root, ['analyze', '--data-dir', library, '--json']);
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout).relationships.length).toBeGreaterThan(0);
    expect(fs.readdirSync(library)).toEqual(['counterpoint.sqlite3']);
  });
});
