import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzePatterns } from '../../analysis';
import { windowEnding } from '../../analysis/window';
import { buildSyntheticLibrary, type SyntheticLibrary } from '../bench/syntheticLibrary';
import { formatMb, formatMs, medianMs, timed } from '../bench/measure';
import { measureSearch, type SearchFigures } from '../bench/searchBench';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../../db/open';
import { loadAnalysisInput } from '../../db/patternAggregates';
import { DEFAULT_SETTINGS } from '../../../shared/settings';

/**
 * `npm run bench [-- --sizes 10000,100000,1000000] [--runs N] [--keep]`: builds synthetic libraries
 * (src/main/tools/bench/syntheticLibrary.ts) and times the Patterns page's work on each — aggregates from
 * SQL plus the engine, the engine alone, one relationship — against a same-run reference, a full
 * scan of the ledger summed per person, direction and benefit, so the figures travel between machines.
 *
 * Each library is built by a child process (this file with --build-into), so the build's page
 * cache does not count in the peak memory reported for the analysis.
 */
const USAGE = 'Usage: npm run bench -- [--sizes 10000,100000,1000000] [--runs 7] [--keep] [--no-transfer]';
/** A fixed mid-month day, so both ends of the default window fall mid-month: the slow case for the rollup. */
const TODAY = '2026-03-15';

interface Row {
  size: number;
  buildMs: number;
  dbBytes: number;
  firstMs: number;
  reportMs: number;
  engineMs: number;
  personMs: number;
  fullScanMs: number;
  peakRssBytes: number;
  search: SearchFigures;
  /** Export (library → file), preview and import (file → an empty library), each in its own process; absent with --no-transfer. */
  transfer: TransferFigures | null;
}

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
  return { sizes, runs, keep: values.keep ?? false, transfer: !values['no-transfer'], buildInto: values['build-into'] };
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

function measure(size: number, runs: number, keep: boolean, transfer: boolean): Row {
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
      const settings = DEFAULT_SETTINGS.analysis;
      const window = windowEnding(TODAY, settings.windowDays);
      const report = () => analyzePatterns(loadAnalysisInput(db, window), settings);
      const first = timed(report);
      const input = loadAnalysisInput(db, window);
      const entries = (person: (typeof input.collaborators)[number]) => person.months.reduce((sum, cell) => sum + cell.count, 0);
      const busiest = [...input.collaborators].sort((left, right) => entries(right) - entries(left))[0];
      const fullScan = db.prepare(
        'SELECT collaborator_id, direction, benefit, sum(weight) FROM exchanges GROUP BY 1, 2, 3',
      );
      row = {
        size,
        buildMs: build.ms,
        dbBytes,
        firstMs: first.ms,
        reportMs: medianMs(runs, report),
        engineMs: medianMs(runs, () => analyzePatterns(input, settings)),
        personMs: busiest
          ? medianMs(runs, () => analyzePatterns(loadAnalysisInput(db, window, { collaboratorIds: [busiest.id] }), settings))
          : 0,
        fullScanMs: medianMs(Math.min(runs, 5), () => fullScan.all()),
        peakRssBytes: process.resourceUsage().maxRSS * 1024,
        search: measureSearch(db, runs),
        transfer: null,
      };
      console.log(
        `  report ${formatMs(row.reportMs)} (first ${formatMs(row.firstMs)}), engine alone ${formatMs(row.engineMs)}, ` +
          `one person ${formatMs(row.personMs)}, full scan ${formatMs(row.fullScanMs)}; ` +
          `${first.value.relationships.length} relationships`,
      );
      const search = row.search;
      console.log(
        `  search: common word ${formatMs(search.commonMs)} (${search.commonMatches.toLocaleString('en')} matches), ` +
          `3-letter prefix ${formatMs(search.prefixMs)}, rare word ${formatMs(search.rareMs)} ` +
          `(${search.rareMatches.toLocaleString('en')} matches); index ${formatMb(search.indexBytes)}`,
      );
    } finally {
      closeDatabase(db);
    }
    if (transfer) {
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

function printTable(rows: readonly Row[], runs: number): void {
  const header = ['exchanges', 'build', 'db size', 'report', 'first', 'engine', 'one person', 'full scan', 'report/scan', 'peak RSS'];
  const lines = rows.map((row) => [
    row.size.toLocaleString('en'),
    formatMs(row.buildMs),
    formatMb(row.dbBytes),
    formatMs(row.reportMs),
    formatMs(row.firstMs),
    formatMs(row.engineMs),
    formatMs(row.personMs),
    formatMs(row.fullScanMs),
    (row.reportMs / row.fullScanMs).toFixed(3),
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
      formatMs(row.search.commonMs),
      ratio(row.search.commonMs, row),
      formatMs(row.search.prefixMs),
      ratio(row.search.prefixMs, row),
      formatMs(row.search.rareMs),
      ratio(row.search.rareMs, row),
      formatMb(row.search.indexBytes),
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

/** Every figure of the run, for comparing runs and machines: .tmp/bench/results.json. */
function writeResults(rows: readonly Row[], runs: number): void {
  const file = path.resolve('.tmp/bench/results.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sizes = rows.map((row) => ({
    ...row,
    ratios: {
      report: row.reportMs / row.fullScanMs,
      searchCommon: row.search.commonMs / row.fullScanMs,
      searchPrefix: row.search.prefixMs / row.fullScanMs,
      searchRare: row.search.rareMs / row.fullScanMs,
    },
    dbBytesPerExchange: row.dbBytes / row.size,
  }));
  fs.writeFileSync(file, `${JSON.stringify({ today: TODAY, runs, node: process.version, sizes }, null, 2)}\n`);
  console.log(`\nWrote ${file}`);
}

try {
  const options = parse(process.argv.slice(2));
  if (!options) console.log(USAGE);
  else if (options.buildInto) {
    const built = buildSyntheticLibrary(options.buildInto, { exchanges: options.sizes[0] as number, today: TODAY });
    console.log(JSON.stringify(built));
  } else {
    const rows = options.sizes.map((size) => measure(size, options.runs, options.keep, options.transfer));
    printTable(rows, options.runs);
    printSafetyTable(rows);
    writeResults(rows, options.runs);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(USAGE);
  process.exitCode = 2;
}
