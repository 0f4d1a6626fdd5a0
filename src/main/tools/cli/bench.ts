import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startBackend, serveForBench } from '../bench/backend';
import { measureCalls, type CallFigure } from '../bench/calls';
import { measureDbSpace, type DbSpace } from '../bench/dbSpace';
import { measureFirstScreen, type FirstScreenFigures } from '../bench/firstScreen';
import { cachedLibrary, copyLibrary } from '../bench/libraryCache';
import { buildSyntheticLibrary, type SyntheticLibrary } from '../bench/syntheticLibrary';
import { formatMb, formatMs, medianMs, parseSize, timed } from '../bench/measure';
import { measureRendererBytes, type RendererBytes } from '../bench/rendererBytes';
import { searchIndexBytes } from '../bench/searchBench';
import { closeDatabase, openDatabase } from '../../db/open';

/**
 * `npm run bench [-- --sizes 10k,100k,1M] [--runs N]`: synthetic libraries of each size
 * (bench/syntheticLibrary.ts, kept between runs by bench/libraryCache.ts), each served by a backend
 * of its own (bench/backend.ts: browser mode's host and HTTP transport, in a child process), and
 * every call of bench/calls.ts timed against a same-run reference: a full scan of the ledger summed
 * per person, direction and benefit, so the ratios travel between machines. Beside them: the
 * backend's peak RSS, the file's bytes per exchange by table and index, export (every size) and
 * preview and import (up to IMPORT_SIZE_MAX) each in its own process, the renderer's first screen
 * in bytes (out/renderer) and, in Chromium, its first screen and page switches (bench/firstScreen.ts).
 * Everything goes to bench/results.json.
 */
const USAGE =
  'Usage: npm run bench -- [--sizes 10k,100k,1M] [--runs 7] [--rebuild] [--no-transfer] [--no-screen]\n' +
  '  --rebuild builds the libraries again instead of taking them from the cache';
const RESULTS_FILE = 'bench/results.json';
/** A fixed mid-month day, so both ends of the default window fall mid-month: the slow case for the rollup. */
const TODAY = '2026-03-15';
/** Preview and import run up to this size: the import's target is set at 100k, and a million takes minutes. */
const IMPORT_SIZE_MAX = 100_000;
const here = fileURLToPath(import.meta.url);

interface TransferStep {
  ms: number;
  cpuMs: number;
  peakRssBytes: number;
  detail: string;
}

interface TransferFigures {
  exportBytes: number;
  export: TransferStep;
  preview: TransferStep | null;
  import: TransferStep | null;
}

interface Row {
  size: number;
  built: SyntheticLibrary;
  buildMs: number;
  fromCache: boolean;
  dbBytes: number;
  fullScanMs: number;
  /** Every timed call (bench/calls.ts), by name. */
  calls: CallFigure[];
  /** The backend's peak resident memory over every call and the first screen (null off Linux). */
  backendPeakRssBytes: number | null;
  space: DbSpace | null;
  searchIndexBytes: number;
  transfer: TransferFigures | null;
  firstScreen: FirstScreenFigures | null;
  firstScreenSkipped?: string;
}

interface Options {
  sizes: number[];
  runs: number;
  rebuild: boolean;
  transfer: boolean;
  screen: boolean;
  /** Internal: build one library into this folder and print its counts as JSON. */
  buildInto: string | undefined;
  /** Internal: serve this library as the bench's backend. */
  serve: string | undefined;
  today: string;
}

function parse(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      rebuild: { type: 'boolean' },
      'no-transfer': { type: 'boolean' },
      'no-screen': { type: 'boolean' },
      help: { type: 'boolean' },
      'build-into': { type: 'string' },
      serve: { type: 'string' },
      today: { type: 'string' },
    },
    strict: true,
  });
  if (values.help) return null;
  const sizes = (values.sizes ?? '10k,100k,1M').split(',').map(parseSize);
  const runs = values.runs === undefined ? 7 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100) throw new Error(`--runs takes a whole number from 1 to 100, not "${values.runs}"`);
  return {
    sizes,
    runs,
    rebuild: values.rebuild ?? false,
    transfer: !values['no-transfer'],
    screen: !values['no-screen'],
    buildInto: values['build-into'],
    serve: values.serve,
    today: values.today ?? TODAY,
  };
}

/** Builds in a child process, so the build's page cache and heap are not the bench's. */
function buildInChild(dir: string, size: number): SyntheticLibrary {
  const child = spawnSync(process.execPath, [here, '--build-into', dir, '--sizes', String(size)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`Building the ${size}-exchange library failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(child.stdout) as SyntheticLibrary;
}

/** One export/preview/import step in its own process (out/main/transfer-bench.js), so its peak RSS is its own. */
function transferStep(args: string[]): TransferStep {
  const script = path.join(path.dirname(here), 'transfer-bench.js');
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`transfer-bench ${args[0]} failed: ${child.stderr || child.stdout}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as TransferStep;
}

function measureTransfer(source: string, size: number): TransferFigures {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-bench-transfer-'));
  try {
    const file = path.join(root, 'export.json');
    const target = path.join(root, 'target');
    const exported = transferStep(['--export', source, '--to', file]);
    const exportBytes = fs.statSync(file).size;
    const both = size <= IMPORT_SIZE_MAX;
    const preview = both ? transferStep(['--preview', file, '--to', target]) : null;
    const imported = both ? transferStep(['--import', file, '--to', target]) : null;
    return { exportBytes, export: exported, preview, import: imported };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const directorySize = (dir: string): number => fs.readdirSync(dir).reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);

async function measure(size: number, options: Options): Promise<Row> {
  const label = size.toLocaleString('en');
  const library = cachedLibrary(size, TODAY, { rebuild: options.rebuild }, (dir) => {
    console.log(`\n${label} exchanges — building`);
    const build = timed(() => buildInChild(dir, size));
    return { built: build.value, ms: build.ms };
  });
  const { built } = library;
  console.log(
    `\n${label} exchanges (${library.fromCache ? 'from the cache' : 'built'} in ${formatMs(library.buildMs)}): ${built.people} people, ` +
      `${built.activeProjects} active projects, ${built.feedback.toLocaleString('en')} feedback, ${built.lessons.toLocaleString('en')} lessons, ` +
      `${built.needs.toLocaleString('en')} requests`,
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `counterpoint-bench-${size}-`));
  try {
    copyLibrary(library.dir, dir);
    const dbBytes = directorySize(dir);
    const backend = await startBackend(dir, TODAY, here);
    const db = openDatabase(dir);
    let row: Row;
    try {
      const fullScan = db.prepare('SELECT collaborator_id, direction, benefit, sum(weight) FROM exchanges GROUP BY 1, 2, 3');
      const fullScanMs = medianMs(Math.min(options.runs, 5), () => fullScan.all());
      const calls = await measureCalls({
        db,
        api: (method, input) => backend.api(method, input),
        backendPeakRssBytes: () => backend.peakRssBytes(),
        today: TODAY,
        runs: options.runs,
      });
      row = {
        size,
        built,
        buildMs: library.buildMs,
        fromCache: library.fromCache,
        dbBytes,
        fullScanMs,
        calls,
        backendPeakRssBytes: null,
        space: measureDbSpace(db, size),
        searchIndexBytes: searchIndexBytes(db),
        transfer: null,
        firstScreen: null,
      };
      if (options.screen) {
        const screen = await measureFirstScreen(backend);
        row.firstScreen = screen.figures;
        if (screen.skipped) row.firstScreenSkipped = screen.skipped;
      }
      row.backendPeakRssBytes = backend.peakRssBytes();
    } finally {
      closeDatabase(db);
      await backend.stop();
    }
    console.log(
      `  full scan ${formatMs(row.fullScanMs)}; ${row.calls.length} calls timed; backend peak RSS ` +
        `${row.backendPeakRssBytes === null ? '—' : formatMb(row.backendPeakRssBytes)}${biggestRise(row.calls)}`,
    );
    if (row.firstScreen) console.log(`  ${screenLine(row.firstScreen)}`);
    else if (options.screen) console.log(`  first screen skipped: ${row.firstScreenSkipped ?? ''}`);
    if (options.transfer) {
      row.transfer = measureTransfer(dir, size);
      console.log(`  ${transferLine(row.transfer)}`);
    }
    return row;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The call during which the backend's peak RSS rose the most, as ", most during <call> (+N MB)". */
function biggestRise(calls: readonly CallFigure[]): string {
  let before = 0;
  let rise = { name: '', bytes: 0 };
  for (const call of calls) {
    if (call.backendPeakRssBytes === undefined) continue;
    if (before > 0 && call.backendPeakRssBytes - before > rise.bytes) rise = { name: call.name, bytes: call.backendPeakRssBytes - before };
    before = call.backendPeakRssBytes;
  }
  return rise.bytes > 0 ? `, most during ${rise.name} (+${formatMb(rise.bytes)})` : '';
}

function screenLine(figures: FirstScreenFigures): string {
  const slowest = [...figures.switches].sort((left, right) => right.firstMs - left.firstMs)[0];
  return (
    `first screen in Chromium: Dashboard drawn ${formatMs(figures.drawnMs)}, interactive ${formatMs(figures.interactiveMs)}, ` +
    `settled ${formatMs(figures.settledMs)}; page switches ${figures.switches.map((step) => `${step.label} ${formatMs(step.firstMs)}/${formatMs(step.againMs)}`).join(', ')}` +
    (slowest ? ` (slowest ${slowest.label})` : '')
  );
}

function transferLine(figures: TransferFigures): string {
  const step = (name: string, s: TransferStep | null) =>
    s ? `${name} ${formatMs(s.ms)} (CPU ${formatMs(s.cpuMs)}, peak RSS ${formatMb(s.peakRssBytes)})` : `${name} not run above ${IMPORT_SIZE_MAX.toLocaleString('en')}`;
  return `${step('export', figures.export)} to a ${formatMb(figures.exportBytes)} file; ${step('preview', figures.preview)}; ${step('import into an empty library', figures.import)}`;
}

const table = (header: string[], lines: string[][]): string => {
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)));
  const format = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0] as number) : cell.padStart(widths[column] as number))).join('  ');
  return [format(header), ...lines.map(format)].join('\n');
};

/** One line per call, one column per size: the median and its ratio to that size's full scan. */
function printTable(rows: readonly Row[], runs: number): void {
  const names = [...new Set(rows.flatMap((row) => row.calls.map((call) => call.name)))];
  const cell = (row: Row, name: string) => {
    const found = row.calls.find((call) => call.name === name);
    return found ? `${formatMs(found.ms)} ${(found.ms / row.fullScanMs).toFixed(3)}×` : '—';
  };
  const sizeHeader = rows.map((row) => `${row.size.toLocaleString('en')} exchanges`);
  const mb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? '—' : formatMb(bytes));
  const lines = [
    ['full scan (the reference)', ...rows.map((row) => formatMs(row.fullScanMs))],
    ...names.map((name) => [name, ...rows.map((row) => cell(row, name))]),
    ['backend peak RSS', ...rows.map((row) => mb(row.backendPeakRssBytes))],
    ['library size', ...rows.map((row) => `${formatMb(row.dbBytes)}, ${(row.dbBytes / row.size).toFixed(0)} B/exchange`)],
    ['export (peak RSS)', ...rows.map((row) => (row.transfer ? `${formatMs(row.transfer.export.ms)} (${mb(row.transfer.export.peakRssBytes)})` : '—'))],
    ['import into an empty library (peak RSS)', ...rows.map((row) => (row.transfer?.import ? `${formatMs(row.transfer.import.ms)} (${mb(row.transfer.import.peakRssBytes)})` : '—'))],
    ['Dashboard interactive in Chromium', ...rows.map((row) => (row.firstScreen ? formatMs(row.firstScreen.interactiveMs) : '—'))],
    ['slowest page switch (first visit)', ...rows.map((row) => (row.firstScreen ? formatMs(Math.max(...row.firstScreen.switches.map((step) => step.firstMs))) : '—'))],
  ];
  console.log(`\nMedians of ${runs} calls after a first one; the API's today is ${TODAY}; default settings; ratio = × the same size's full scan`);
  console.log('full scan = SELECT collaborator_id, direction, benefit, sum(weight) FROM exchanges GROUP BY 1, 2, 3, in the bench process.\n');
  console.log(table(['call', ...sizeHeader], lines));
}

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

/** Every call's median and ratio to the same-run scan, per size, and the renderer's figures: bench/results.json. */
function writeResults(rows: readonly Row[], runs: number, renderer: RendererBytes | null): void {
  const file = path.resolve(RESULTS_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sizes = rows.map(({ calls, ...row }) => ({
    ...row,
    calls: calls.map((call) => ({ ...call, ratio: call.ms / row.fullScanMs })),
    dbBytesPerExchange: row.dbBytes / row.size,
    firstScreenMs: row.firstScreen?.interactiveMs ?? null,
  }));
  const summary = { today: TODAY, runs, node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg(), renderer, sizes };
  fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nWrote ${file}`);
}

/** The first screen's scripts in the built renderer (beside this bundle), or null when it is not built. */
function rendererFigures(): RendererBytes | null {
  const dir = path.join(path.dirname(here), '..', 'renderer');
  if (!fs.existsSync(path.join(dir, 'index.html'))) return null;
  const figures = measureRendererBytes(dir);
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `Renderer: first screen ${kb(figures.initialJsGzipBytes)} of JavaScript gzipped (${kb(figures.initialJsBytes)} minified, ` +
      `${figures.chunks.length} files); every page ${kb(figures.allJsGzipBytes)} gzipped`,
  );
  return figures;
}

try {
  const options = parse(process.argv.slice(2));
  if (!options) console.log(USAGE);
  else if (options.serve) await serveForBench(options.serve, options.today, path.join(path.dirname(here), '..', 'renderer'));
  else if (options.buildInto) {
    const built = buildSyntheticLibrary(options.buildInto, { exchanges: options.sizes[0] as number, today: TODAY });
    console.log(JSON.stringify(built));
  } else {
    const renderer = rendererFigures();
    const rows: Row[] = [];
    for (const size of options.sizes) rows.push(await measure(size, options));
    printTable(rows, options.runs);
    printSpace(rows);
    writeResults(rows, options.runs, renderer);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(USAGE);
  process.exitCode = 2;
}
