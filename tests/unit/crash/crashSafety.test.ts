import { spawn, type ChildProcessByStdio } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivedDataDifferences } from '../../../src/main/db/derivedCheck';
import { DATABASE_FILE } from '../../../src/main/db/open';
import { BACKUPS_DIR, backupsDirOf, storedBackups } from '../../../src/main/host/backupFiles';
import { openBrowserHost } from '../../../src/main/host/browserHost';
import { SETTINGS_FILE_NAME } from '../../../src/main/host/settingsStore';
import { seededRandom, type Random } from '../../../src/main/sample/random';
import { buildEntries } from '../../../src/main/testing/buildEntries';
import type { WriterLine } from '../../../src/main/testing/crashWriter';
import { TRANSFER_DIR } from '../../../src/main/transfer/transferFolder';
import { Acknowledged } from './acknowledged';

/**
 * Crash safety, shown: a process writes through the real handlers (src/main/testing/crashWriter.ts,
 * opened as browser mode opens a data folder) and is killed with SIGKILL at random moments, again
 * and again on the same data folder. After each kill the folder is opened as the app opens it, and
 * the library must pass integrity_check, hold every acknowledged write as it was answered, have its
 * derived data equal a fresh computation (db/derivedCheck.ts), and the folder hold nothing an
 * interrupted write left. Seeded: CRASH_SEED=<n> repeats a run's plan (the kills' timing is the
 * machine's).
 */
const SEED = Number(process.env.CRASH_SEED ?? 13_2026);
// CRASH_KILLS may ask for more, never fewer.
const KILLS = Math.max(50, Number(process.env.CRASH_KILLS) || 0);
/** Writes whose work takes long enough to be killed in the middle of. */
const SLOW = new Set(['library.openSample', 'library.openOwn', 'backups.create', 'export.prepare']);

let buildDir: string;
let writer: string;
let dataDir: string;

beforeAll(async () => {
  // Built as the app's entries are, with the backup checker beside it as in out/main, so backups run in their worker as in the app.
  buildDir = await buildEntries('test-crash-writer', { crashWriter: 'src/main/testing/crashWriter.ts', backupCheck: 'src/main/host/backupCheck.ts' });
  writer = path.join(buildDir, 'crashWriter.js');
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-crash-'));
}, 120_000);

afterAll(() => {
  spare?.kill('SIGKILL');
  fs.rmSync(buildDir, { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

type Intent = Extract<WriterLine, { intent: number }>;
type KillPlan = { at: 'start'; afterMs: number } | { at: 'ack'; acks: number; slowChance: number };

interface Run {
  lines: WriterLine[];
  killedAt: string;
  stderr: string;
}

function planKill(random: Random): KillPlan {
  if (random.chance(0.12)) return { at: 'start', afterMs: random.int(0, 150) };
  return { at: 'ack', acks: random.int(1, 20), slowChance: 0.5 };
}

/** A writer started ahead and loaded, waiting on stdin for its seed before it opens the data folder. */
const startWriter = (): ChildProcessByStdio<Writable, Readable, Readable> =>
  spawn(process.execPath, [writer, '--data-dir', dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
let spare: ChildProcessByStdio<Writable, Readable, Readable> | null = null;

/** Runs a writer until the plan kills it: every line it printed, and where it was killed. The next one starts loading meanwhile. */
function runWriter(seed: number, plan: KillPlan, random: Random): Promise<Run> {
  const child = spare ?? startWriter();
  spare = startWriter();
  return new Promise((resolve, reject) => {
    const lines: WriterLine[] = [];
    let pending = '';
    let stderr = '';
    let killedAt = '';
    let acks = 0;
    const kill = (where: string) => {
      if (killedAt) return;
      killedAt = where;
      child.kill('SIGKILL');
    };
    const guard = setTimeout(() => kill('the guard (the writer made no progress)'), 30_000);
    child.stdin.write(`${JSON.stringify({ seed })}\n`);
    if (plan.at === 'start') setTimeout(() => kill(`${plan.afterMs} ms after it was told to start`), plan.afterMs);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const text of complete) {
        const line = JSON.parse(text) as WriterLine;
        lines.push(line);
        if (plan.at !== 'ack') continue;
        if ('ack' in line && ++acks >= plan.acks) kill(`after ${acks} acknowledged writes`);
        if ('intent' in line && SLOW.has(line.method) && random.chance(plan.slowChance)) {
          const afterMs = random.int(0, 80);
          setTimeout(() => kill(`${afterMs} ms into ${line.method}`), afterMs);
        }
      }
    });
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(guard);
      if (signal !== 'SIGKILL' || killedAt.startsWith('the guard')) reject(new Error(`The crash writer ended by itself (${signal ?? `exit code ${code}`}, ${killedAt || 'not killed'}):\n${stderr}`));
      else resolve({ lines, killedAt, stderr });
    });
  });
}

const TRANSFER_NAME = /^[0-9a-f-]{36}\.(json|csv)$/;

/**
 * What the data folder holds that no finished write put there, after the app's own sweep at start.
 * The transfer folder holds acknowledged exports, and the export in flight if it got as far as
 * its finished name (its answer was on its way).
 */
function leftovers(model: Acknowledged, inFlight: Intent | null): string[] {
  const allowed = new Set([DATABASE_FILE, `${DATABASE_FILE}-wal`, `${DATABASE_FILE}-shm`, `${SETTINGS_FILE_NAME}.json`, BACKUPS_DIR, TRANSFER_DIR]);
  const found = fs.readdirSync(dataDir).filter((name) => !allowed.has(name));
  const backups = new Set(storedBackups(backupsDirOf(dataDir)).flatMap((backup) => [backup.file, `${backup.file}.json`].map((file) => path.basename(file))));
  if (fs.existsSync(backupsDirOf(dataDir))) found.push(...fs.readdirSync(backupsDirOf(dataDir)).filter((name) => !backups.has(name)).map((name) => `${BACKUPS_DIR}/${name}`));
  const transfer = path.join(dataDir, TRANSFER_DIR);
  if (fs.existsSync(transfer)) {
    const unknown = fs.readdirSync(transfer).filter((name) => !TRANSFER_NAME.test(name) || !model.exports.has(name.replace(/\.(json|csv)$/, '')));
    const inFlightExport = inFlight?.method === 'export.prepare' && unknown.length === 1 && TRANSFER_NAME.test(unknown[0] as string);
    if (inFlightExport) model.exports.add((unknown[0] as string).replace(/\.(json|csv)$/, ''));
    else found.push(...unknown.map((name) => `${TRANSFER_DIR}/${name}`));
  }
  return found;
}

/** Opens the data folder as the app does and lists everything wrong with it. */
async function checkAfterKill(model: Acknowledged, inFlight: Intent | null): Promise<{ problems: string[]; compared: number }> {
  const host = openBrowserHost(dataDir, { version: 'crash-check' });
  host.stopDailyBackups();
  try {
    if (host.library.damage) return { problems: [`the library does not open: ${JSON.stringify(host.library.damage)}`], compared: 0 };
    const db = host.library.db;
    const integrity = (db.pragma('integrity_check', { simple: false }) as Record<string, string>[]).map((row) => Object.values(row)[0]).join('; ');
    const problems = integrity === 'ok' ? [] : [`integrity_check: ${integrity}`];
    problems.push(...derivedDataDifferences(db));
    const acknowledged = await model.problems(host.invoke, inFlight);
    problems.push(...acknowledged.problems, ...leftovers(model, inFlight).map((name) => `left behind in the data folder: ${name}`));
    return { problems, compared: acknowledged.compared };
  } finally {
    host.library.close();
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} kills of a writing process on one data folder`, async () => {
    console.log(`crash test seed ${SEED} (CRASH_SEED=${SEED} repeats it)`);
    const random = seededRandom(SEED);
    const model = new Acknowledged();
    const figures = { kills: 0, startKills: 0, slowKills: 0, refused: 0, compared: 0, inFlight: 0, methods: new Set<string>() };
    for (let round = 1; round <= KILLS; round++) {
      const plan = planKill(random);
      const run = await runWriter(SEED * 1000 + round, plan, random);
      figures.kills += 1;
      if (plan.at === 'start') figures.startKills += 1;
      if (run.killedAt.includes(' ms into ')) figures.slowKills += 1;
      const answered = new Set<number>();
      for (const line of run.lines) {
        if ('ack' in line) {
          model.apply(line);
          answered.add(line.ack);
          figures.methods.add(line.method);
        } else if ('refused' in line) {
          answered.add(line.refused);
          figures.refused += 1;
        }
      }
      const last = run.lines.findLast((line): line is Intent => 'intent' in line);
      const inFlight = last && !answered.has(last.intent) ? last : null;
      if (inFlight) figures.inFlight += 1;
      const { problems, compared } = await checkAfterKill(model, inFlight);
      figures.compared += compared;
      expect(problems, `round ${round} of seed ${SEED}, killed ${run.killedAt}${inFlight ? ` during ${inFlight.method} ${JSON.stringify(inFlight.input)}` : ''}`).toEqual([]);
    }
    console.log(
      `crash test: ${figures.kills} kills (${figures.startKills} while starting, ${figures.slowKills} inside a sample switch, backup or export, ${figures.inFlight} with a write in flight); ` +
        `${model.acks} acknowledged writes over ${figures.methods.size} methods, ${figures.compared} rows compared with their acknowledged answers; ${figures.refused} writes refused`,
    );
    expect(model.acks).toBeGreaterThan(KILLS);
    expect(figures.methods.size).toBeGreaterThan(25);
  }, 600_000);
});
