import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureCalls, type CallFigure } from '../bench/calls';
import { measureDbSpace, type DbSpace } from '../bench/dbSpace';
import { measureFirstScreen, type FirstScreenFigures } from '../bench/firstScreen';
import { buildSyntheticLibrary, type SyntheticLibrary } from '../bench/syntheticLibrary';
import { formatMb, formatMs, medianMs, timed } from '../bench/measure';
import { measureRendererBytes, type RendererBytes } from '../bench/rendererBytes';
import { searchIndexBytes } from '../bench/searchBench';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../../db/open';
import { DEFAULT_SETTINGS } from '../../../shared/settings';

/**
 * `npm run bench [-- --sizes 10000,100000,1000000] [--runs N] [--keep]`: builds synthetic libraries
 * (src/main/tools/bench/syntheticLibrary.ts) and times every call of bench/calls.ts on each — the
 * Patterns page's work, search, and what other parts add there — against a same-run reference, a
 * full scan of the ledger summed per person, direction and benefit, so the figures travel between
 * machines. Beside them: the file's bytes per exchange by table and index, the renderer's first
 * screen in bytes (out/renderer) and, in Chromium, its first screen and page switches (bench/firstScreen.ts).
 *
 * Each library is built by a child process (this file with --build-into), so the build's page
 * cache does not count in the peak memory reported for the analysis.
 */
const USAGE = 'Usage: npm run bench -- [--sizes 10000,100000,1000000] [--runs 7] [--keep] [--no-transfer] [--no-screen]';
/** Where every figure of the run is written, for comparing runs and machines. */
const RESULTS_FILE = 'bench/results.json';
/** A fixed mid-month day, so both ends of the default window fall mid-month: the slow case for the rollup. */
const TODAY = '2026-03-15';

interface Row {
  size: number;
  buildMs: number;
  dbBytes: number;
  fullScanMs: number;
  /** Every timed call (bench/calls.ts), by name. */
  calls: CallFigure[];
  /** This process's peak so far: the largest library measured yet sets it. */
  peakRssBytes: number;
  /** The file's pages by table and index (dbstat), and indexes another one makes redundant. */
  space: DbSpace | null;
  searchIndexBytes: number;
  /** Export (library → file), preview and import (file → an empty library), each in its own process; absent with --no-transfer. */
  transfer: TransferFigures | null;
  /** The built app in browser mode over this library, in Chromium; absent with --no-screen or without Chromium. */
  firstScreen: FirstScreenFigures | null;
  firstScreenSkipped?: string;
}

/** A call's median by name (0 when no group timed it). */
const callMs = (row: Row, name: string): number => row.calls.find((call) => call.name === name)?.ms ?? 0;

interface TransferStep {
  ms: number;
  peakRssBytes: number;
  detail: string;
}

interface TransferFigures {
  exportBytes: number;
  export: TransferStep;
  preview: TransferStep;
  import: TransferStep;
}

interface Options {
  sizes: number[];
  runs: number;
  keep: boolean;
  transfer: boolean;
  screen: boolean;
  /** Internal: build one library into this folder and print its counts as JSON. */
  buildInto: string | undefined;
}

function parse(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      keep: { type: 'boolean' },
      'no-transfer': { type: 'boolean' },
      'no-screen': { type: 'boolean' },
      help: { type: 'boolean' },
      'build-into': { type: 'string' },
    },
    strict: true,
  });
  if (values.help) return null;
  const sizes = (values.sizes ?? '10000,100000,1000000').split(',').map((part) => Number(part.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 100 || size > 5_000_000)) {
    throw new Error(`--sizes takes whole numbers from 100 to 5000000, comma-separated, not "${values.sizes}"`);
  }
  const runs = values.runs === undefined ? 7 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100) throw new Error(`--runs takes a whole number from 1 to 100, not "${values.runs}"`);
  return { sizes, runs, keep: values.keep ?? false, transfer: !values['no-transfer'], screen: !values['no-screen'], buildInto: values['build-into'] };
}

/** Builds in a child process and returns what it built. */
function buildInChild(dir: string, size: number): SyntheticLibrary {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--build-into', dir, '--sizes', String(size)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`Building the ${size}-exchange library failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(child.stdout) as SyntheticLibrary;
}

/** One export/preview/import step in its own process (out/main/transfer-bench.js), so its peak RSS is its own. */
function transferStep(args: string[]): TransferStep {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'transfer-bench.js');
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`transfer-bench ${args[0]} failed: ${child.stderr || child.stdout}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as TransferStep;
}

function measureTransfer(source: string): TransferFigures {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-bench-transfer-'));
  try {
    const file = path.join(root, 'export.json');
    const target = path.join(root, 'target');
    const exported = transferStep(['--export', source, '--to', file]);
    const exportBytes = fs.statSync(file).size;
    const preview = transferStep(['--preview', file, '--to', target]);
    const imported = transferStep(['--import', file, '--to', target]);
    return { exportBytes, export: exported, preview, import: imported };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function directorySize(dir: string): number {
  return fs.readdirSync(dir).reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
}

async function measure(size: number, options: Options): Promise<Row> {
  const { runs, keep } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `counterpoint-bench-${size}-`));
  try {
    console.log(`\n${size.toLocaleString('en')} exchanges — building in ${dir}`);
    const build = timed(() => buildInChild(dir, size));
    const built = build.value;
    console.log(
      `  built in ${formatMs(build.ms)}: ${built.people} people, ${built.activeProjects} active projects, ` +
        `${built.feedback.toLocaleString('en')} feedback, ${built.lessons.toLocaleString('en')} lessons, ` +
        `${built.needs.toLocaleString('en')} requests, ${built.exchanges.toLocaleString('en')} exchanges`,
    );
    const dbBytes = directorySize(dir);
    const db = openDatabase(dir);
    let row: Row;
    try {
      const fullScan = db.prepare(
        'SELECT collaborator_id, direction, benefit, sum(weight) FROM exchanges GROUP BY 1, 2, 3',
      );
      const calls = measureCalls({ db, today: TODAY, runs });
      row = {
        size,
        buildMs: build.ms,
        dbBytes,
        fullScanMs: medianMs(Math.min(runs, 5), () => fullScan.all()),
        calls,
        peakRssBytes: process.resourceUsage().maxRSS * 1024,
        space: measureDbSpace(db, size),
        searchIndexBytes: searchIndexBytes(db),
        transfer: null,
        firstScreen: null,
      };
      const relationships = calls.find((call) => call.name === 'patterns.report')?.matches ?? 0;
      console.log(
        `  report ${formatMs(callMs(row, 'patterns.report'))} (first ${formatMs(callMs(row, 'patterns.report first'))}), ` +
          `engine alone ${formatMs(callMs(row, 'engine alone'))}, one person ${formatMs(callMs(row, 'one person'))}, ` +
          `full scan ${formatMs(row.fullScanMs)}; ${relationships} relationships`,
      );
      const matches = (name: string) => (calls.find((call) => call.name === name)?.matches ?? 0).toLocaleString('en');
      console.log(
        `  search: common word ${formatMs(callMs(row, 'search common'))} (${matches('search common')} matches), ` +
          `3-letter prefix ${formatMs(callMs(row, 'search prefix'))}, rare word ${formatMs(callMs(row, 'search rare'))} ` +
          `(${matches('search rare')} matches); index ${formatMb(row.searchIndexBytes)}`,
      );
    } finally {
      closeDatabase(db);
    }
    if (options.screen) {
      const screen = await measureFirstScreen(dir);
      row.firstScreen = screen.figures;
      if (screen.skipped) row.firstScreenSkipped = screen.skipped;
      console.log(screen.figures ? `  ${screenLine(screen.figures)}` : `  first screen skipped: ${screen.skipped ?? ''}`);
    }
    if (options.transfer) {
      const figures = measureTransfer(dir);
      row.transfer = figures;
      console.log(
        `  export ${formatMs(figures.export.ms)} (${formatMb(figures.exportBytes)} file, peak RSS ${formatMb(figures.export.peakRssBytes)}), ` +
          `preview ${formatMs(figures.preview.ms)} (peak ${formatMb(figures.preview.peakRssBytes)}), ` +
          `import into an empty library ${formatMs(figures.import.ms)} (peak ${formatMb(figures.import.peakRssBytes)})`,
      );
    }
    return row;
  } finally {
    if (keep) console.log(`  kept ${path.join(dir, DATABASE_FILE)}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

function screenLine(figures: FirstScreenFigures): string {
  const slowest = [...figures.switches].sort((left, right) => right.firstMs - left.firstMs)[0];
  return (
    `first screen in Chromium: Dashboard drawn ${formatMs(figures.drawnMs)}, interactive ${formatMs(figures.interactiveMs)} ` +
    `(a key answered in ${formatMs(figures.inputMs)}), settled ${formatMs(figures.settledMs)}; ` +
    `page switches ${figures.switches.map((step) => `${step.label} ${formatMs(step.firstMs)}/${formatMs(step.againMs)}`).join(', ')}` +
    (slowest ? ` (slowest ${slowest.label})` : '')
  );
}

function printTable(rows: readonly Row[], runs: number): void {
  const header = ['exchanges', 'build', 'db size', 'report', 'first', 'engine', 'one person', 'full scan', 'report/scan', 'peak RSS'];
  const lines = rows.map((row) => [
    row.size.toLocaleString('en'),
    formatMs(row.buildMs),
    formatMb(row.dbBytes),
    formatMs(callMs(row, 'patterns.report')),
    formatMs(callMs(row, 'patterns.report first')),
    formatMs(callMs(row, 'engine alone')),
    formatMs(callMs(row, 'one person')),
    formatMs(row.fullScanMs),
    (callMs(row, 'patterns.report') / row.fullScanMs).toFixed(3),
    formatMb(row.peakRssBytes),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] as string).length)));
  const format = (cells: readonly string[]) => cells.map((cell, column) => cell.padStart(widths[column] as number)).join('  ');
  console.log(`\nMedians of ${runs} runs; window ${DEFAULT_SETTINGS.analysis.windowDays} days ending ${TODAY}; default settings.`);
  console.log('report = aggregates from SQL + engine (the Patterns page); one person = a balance panel;');
  console.log('full scan = SELECT … sum(weight) FROM exchanges GROUP BY person, direction, benefit (same run, reference).\n');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
}

const ratio = (ms: number, row: Row) => (ms / row.fullScanMs).toFixed(3);

/** Search (all kinds, 8 hits each) and export/import beside the same-run full scan. */
function printSafetyTable(rows: readonly Row[]): void {
  const header = ['exchanges', 'search common', '×scan', 'prefix', '×scan', 'rare', '×scan', 'index', 'export', 'file', 'preview', 'import', 'peak RSS'];
  const lines = rows.map((row) => {
    const t = row.transfer;
    return [
      row.size.toLocaleString('en'),
      formatMs(callMs(row, 'search common')),
      ratio(callMs(row, 'search common'), row),
      formatMs(callMs(row, 'search prefix')),
      ratio(callMs(row, 'search prefix'), row),
      formatMs(callMs(row, 'search rare')),
      ratio(callMs(row, 'search rare'), row),
      formatMb(row.searchIndexBytes),
      t ? formatMs(t.export.ms) : '—',
      t ? formatMb(t.exportBytes) : '—',
      t ? formatMs(t.preview.ms) : '—',
      t ? formatMs(t.import.ms) : '—',
      t ? formatMb(Math.max(t.export.peakRssBytes, t.preview.peakRssBytes, t.import.peakRssBytes)) : '—',
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] as string).length)));
  const format = (cells: readonly string[]) => cells.map((cell, column) => cell.padStart(widths[column] as number)).join('  ');
  console.log('\nSearch: search.query\'s work over every kind (8 hits each) for a word in every entry, its first three letters, and a rare word.');
  console.log('Export to a file, preview and import into an empty library run each in its own process; peak RSS is the largest of the three.\n');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
}

/** Every call's median and ratio to the same-run scan, per size, and the renderer's figures: bench/results.json. */
function writeResults(rows: readonly Row[], runs: number, renderer: RendererBytes | null): void {
  const file = path.resolve(RESULTS_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sizes = rows.map(({ calls, space, ...row }) => ({
    ...row,
    calls: calls.map((call) => ({ ...call, ratio: call.ms / row.fullScanMs })),
    dbBytesPerExchange: row.dbBytes / row.size,
    space,
  }));
  fs.writeFileSync(file, `${JSON.stringify({ today: TODAY, runs, node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg(), renderer, sizes }, null, 2)}\n`);
  console.log(`\nWrote ${file}`);
}

/** The first screen's scripts in the built renderer (beside this bundle), or null when it is not built. */
function rendererFigures(): RendererBytes | null {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
  if (!fs.existsSync(path.join(dir, 'index.html'))) return null;
  const figures = measureRendererBytes(dir);
  console.log(
    `Renderer: first screen ${formatKb(figures.initialJsGzipBytes)} of JavaScript gzipped (${formatKb(figures.initialJsBytes)} minified, ` +
      `${figures.chunks.length} files); every page ${formatKb(figures.allJsGzipBytes)} gzipped`,
  );
  return figures;
}

const formatKb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

/** The library's bytes per exchange by table and index, the largest first, and any index another one covers. */
function printSpace(rows: readonly Row[]): void {
  const row = rows.at(-1);
  if (!row?.space) return;
  console.log(`\nThe ${row.size.toLocaleString('en')}-exchange library: ${formatMb(row.dbBytes)}, ${(row.dbBytes / row.size).toFixed(0)} bytes per exchange (dbstat):`);
  for (const entry of row.space.entries.filter((candidate) => candidate.bytesPerExchange >= 1)) {
    console.log(`  ${entry.bytesPerExchange.toFixed(0).padStart(6)} B  ${entry.kind.padEnd(5)}  ${entry.name}`);
  }
  console.log(`  ${(row.space.freeBytes / row.size).toFixed(0).padStart(6)} B  free pages`);
  for (const index of row.space.redundant) {
    console.log(`  ${index.index} (${index.columns.join(', ')}) leads ${index.coveredBy}: ${formatMb(index.bytes)} that one index would do`);
  }
}

try {
  const options = parse(process.argv.slice(2));
  if (!options) console.log(USAGE);
  else if (options.buildInto) {
    const built = buildSyntheticLibrary(options.buildInto, { exchanges: options.sizes[0] as number, today: TODAY });
    console.log(JSON.stringify(built));
  } else {
    const renderer = rendererFigures();
    const rows: Row[] = [];
    for (const size of options.sizes) rows.push(await measure(size, options));
    printTable(rows, options.runs);
    printSafetyTable(rows);
    printSpace(rows);
    writeResults(rows, options.runs, renderer);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(USAGE);
  process.exitCode = 2;
}
