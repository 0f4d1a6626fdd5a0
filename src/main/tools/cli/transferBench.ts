import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../../db/open';
import { exportToFile } from '../../transfer/exportFile';
import { applyImport, previewImport } from '../../transfer/importLibrary';
import { formatMb, formatMs } from '../bench/measure';

/**
 * `node out/main/transfer-bench.js [--sizes 100000,1000000] [--keep]`: export and import times and
 * peak memory on synthetic libraries (built by out/main/bench.js --build-into). Each step runs in
 * its own process, so its peak RSS is its own: export (library → file), preview and import (file →
 * an empty library, one transaction, ledger re-derived).
 */
const USAGE = 'Usage: node out/main/transfer-bench.js [--sizes 100000,1000000] [--keep]';
const settings = { analysis: DEFAULT_SETTINGS.analysis };
const here = fileURLToPath(import.meta.url);

interface Step {
  ms: number;
  /** CPU time (user + system): what the step costs on a machine shared with other work. */
  cpuMs: number;
  peakRssBytes: number;
  detail: string;
}

function step(args: string[]): Step {
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', here, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`${args[0]} failed: ${child.stderr || child.stdout}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Step;
}

function report(started: number, detail: string): void {
  const cpu = process.cpuUsage();
  console.log(JSON.stringify({ ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, peakRssBytes: process.resourceUsage().maxRSS * 1024, detail }));
}

async function child(kind: string, from: string, to: string): Promise<void> {
  const started = performance.now();
  if (kind === '--export') {
    const db = openDatabase(from, { readonly: true });
    const counts = await exportToFile(db, settings, to, new Date().toISOString());
    closeDatabase(db);
    report(started, `${Object.values(counts).reduce((sum, n) => sum + n, 0)} records, ${formatMb(fs.statSync(to).size)}`);
  } else if (kind === '--preview') {
    const db = openDatabase(to);
    const preview = previewImport(db, from, settings);
    closeDatabase(db);
    report(started, `${preview.totals.new} new`);
  } else {
    const db = openDatabase(to);
    const result = applyImport(db, from, undefined, settings, new Date().toISOString());
    const exchanges = db.prepare('SELECT count(*) FROM exchanges').pluck().get() as number;
    closeDatabase(db);
    report(started, `${result.entries} entries, ${exchanges} exchanges after re-deriving`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { sizes: { type: 'string' }, keep: { type: 'boolean' }, export: { type: 'string' }, preview: { type: 'string' }, import: { type: 'string' }, to: { type: 'string' } },
    strict: true,
  });
  for (const kind of ['export', 'preview', 'import'] as const) {
    const from = values[kind];
    if (from !== undefined) return child(`--${kind}`, from, values.to ?? '');
  }
  const sizes = (values.sizes ?? '100000,1000000').split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) throw new Error(USAGE);
  const bench = path.join(path.dirname(here), 'bench.js');
  for (const size of sizes) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-transfer-bench-'));
    try {
      const source = path.join(root, 'source');
      const built = spawnSync(process.execPath, [bench, '--build-into', source, '--sizes', String(size)], { encoding: 'utf8' });
      if (built.status !== 0) throw new Error(built.stderr);
      const file = path.join(root, 'export.json');
      const target = path.join(root, 'target');
      const exported = step(['--export', source, '--to', file]);
      const previewed = step(['--preview', file, '--to', target]);
      const imported = step(['--import', file, '--to', target]);
      console.log(`${size.toLocaleString('en')} exchanges (library ${formatMb(fs.statSync(path.join(source, DATABASE_FILE)).size)})`);
      for (const [name, s] of [['export', exported], ['preview', previewed], ['import', imported]] as const) {
        console.log(`  ${name.padEnd(8)} ${formatMs(s.ms).padStart(10)}   peak RSS ${formatMb(s.peakRssBytes).padStart(9)}   ${s.detail}`);
      }
    } finally {
      if (!values.keep) fs.rmSync(root, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
