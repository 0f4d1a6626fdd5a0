import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PEOPLE } from '../../sample/sampleCast';
import { DATABASE_FILE } from '../../db/open';
import { runAnalyze } from './analyzeCommand';
import type { CommandIo } from './cliErrors';
import { runSample } from './sampleCommand';

const NOW = new Date('2026-03-15T12:00:00Z');

/** Runs a command with its output captured. */
async function run(command: (argv: string[], io: CommandIo) => Promise<number>, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(argv, { out: (text) => out.push(text), err: (text) => err.push(text), now: () => NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let root: string;
let sampleDir: string;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-analyze-'));
  sampleDir = path.join(root, 'sample');
  expect((await run(runSample, ['--data-dir', sampleDir])).code).toBe(0);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const fileHash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('counterpoint analyze', () => {
  it('prints one object per relationship with --json: stance, weights, interval, flags and evidence ids', async () => {
    const { code, out, err } = await run(runAnalyze, ['--data-dir', sampleDir, '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.window).toMatchObject({ from: '2025-09-17', to: '2026-03-15', days: 180 });
    expect(report.relationships).toHaveLength(SAMPLE_PEOPLE.length);
    for (const person of SAMPLE_PEOPLE) {
      expect(report.relationships.find((entry: { name: string }) => entry.name === person.name)?.stance, person.name).toBe(person.stance);
    }
    const jonas = report.relationships.find((entry: { name: string }) => entry.name === 'Jonas Weber');
    expect(Object.keys(jonas)).toEqual(
      expect.arrayContaining(['collaboratorId', 'name', 'stance', 'give', 'receive', 'giveShare', 'interval', 'flags', 'evidence']),
    );
    expect(jonas).toMatchObject({ give: 20, receive: 2, interval: { level: 0.9 } });
    expect(jonas.evidence.ids[0]).toEqual({ type: expect.any(String), id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    const flagsOf = (name: string) => report.relationships.find((entry: { name: string }) => entry.name === name).flags;
    expect(flagsOf('Anna Kowalski')).toContainEqual(expect.objectContaining({ kind: 'needs-gap', whoseNeedsCountMore: 'theirs' }));
    expect(flagsOf('The Night Owls')).toContainEqual(expect.objectContaining({ kind: 'trend', direction: 'rising' }));
    expect(flagsOf('Kofi Mensah')).toContainEqual(expect.objectContaining({ kind: 'trend', direction: 'falling' }));
    expect(flagsOf('Tomás Ortega')).toContainEqual(expect.objectContaining({ kind: 'learner-path', state: 'toward-standing-alone' }));
    expect(report.portfolio.map((finding: { kind: string; stance: string }) => `${finding.kind}:${finding.stance}`)).toEqual([
      'support-concentration:dependent',
      'missing-benefits:going-it-alone',
      'no-input-stretches:going-it-alone',
      'declined-feedback:going-it-alone',
    ]);
  });

  it('prints the findings as text, grouped by stance, with the portfolio after', async () => {
    const { code, out } = await run(runAnalyze, ['--data-dir', sampleDir]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Counterpoint patterns — 17 Sep 2025 to 15 Mar 2026 \(the last 6 months: 180 days counting today\)/);
    expect(out).toMatch(/One-sided: you giving \(2\)\n {2}Anna Kowalski \(peer\)/);
    expect(out).toContain('gave 20 · received 2 · give share 0.91');
    expect(out).toContain('Trend: The give share went from 0.25');
    expect(out.indexOf('Across all relationships')).toBeGreaterThan(out.indexOf('Not enough data yet'));
  });

  it('leaves a library the app closed exactly as it was: the same files (no -wal, no -shm) and the same bytes', async () => {
    const dir = path.join(root, 'untouched');
    expect((await run(runSample, ['--data-dir', dir])).code).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
    const before = fileHash(path.join(dir, DATABASE_FILE));
    expect((await run(runAnalyze, ['--data-dir', dir, '--json'])).code).toBe(0);
    expect((await run(runAnalyze, ['--data-dir', dir])).code).toBe(0);
    expect(fs.readdirSync(dir)).toEqual([DATABASE_FILE]);
    expect(fileHash(path.join(dir, DATABASE_FILE))).toBe(before);
  });

  it('takes the window from --window-days, then from the library settings, and never writes to the folder', async () => {
    const before = fileHash(path.join(sampleDir, DATABASE_FILE));
    const files = fs.readdirSync(sampleDir).sort();
    const year = JSON.parse((await run(runAnalyze, ['--data-dir', sampleDir, '--json', '--window-days', '365'])).out);
    expect(year.window.days).toBe(365);
    expect(year.relationships.find((entry: { name: string }) => entry.name === 'Sam Okafor').stance).toBe('interdependent');
    expect(fs.existsSync(path.join(sampleDir, 'settings.json'))).toBe(false);

    const settings = (analysis: object) => fs.writeFileSync(path.join(sampleDir, 'settings.json'), JSON.stringify({ analysis }));
    settings({ balancedBandLow: 0.05, balancedBandHigh: 0.95 });
    const wide = JSON.parse((await run(runAnalyze, ['--data-dir', sampleDir, '--json'])).out);
    expect(wide.relationships.find((entry: { name: string }) => entry.name === 'Jonas Weber').stance).toBe('interdependent');
    settings({ windowDays: 90 });
    expect(JSON.parse((await run(runAnalyze, ['--data-dir', sampleDir, '--json'])).out).window.days).toBe(90);
    settings({ windowDays: 90, balancedBandLow: 2 });
    const oneBad = await run(runAnalyze, ['--data-dir', sampleDir, '--json']);
    expect(JSON.parse(oneBad.out).window.days).toBe(90);
    expect(oneBad.err).toMatch(/analysis\.balancedBandLow is not valid \(it says 2: .*between 0 and 1\); using its default 0\.35\./);
    expect(JSON.parse((await run(runAnalyze, ['--data-dir', sampleDir, '--json', '--window-days', '30'])).out).window.days).toBe(30);
    fs.rmSync(path.join(sampleDir, 'settings.json'));
    expect(fileHash(path.join(sampleDir, DATABASE_FILE))).toBe(before);
    expect(fs.readdirSync(sampleDir).sort()).toEqual(files);
  });

  it('uses the defaults, with a warning, when the settings file cannot be read', async () => {
    const dir = path.join(root, 'damaged');
    expect((await run(runSample, ['--data-dir', dir])).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'settings.json'), '{ not json');
    const { code, out, err } = await run(runAnalyze, ['--data-dir', dir, '--json']);
    expect(code).toBe(0);
    expect(err).toMatch(/could not be read \(it holds 10 bytes that are not JSON\); using the default settings/);
    expect(JSON.parse(out).window.days).toBe(180);
    expect(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')).toBe('{ not json');
  });

  it.each([
    [[], /--data-dir is required/],
    [['--data-dir'], /argument missing/],
    [['--data-dir', sampleDirPlaceholder(), '--window', '30'], /Unknown option '--window'/],
    [['--data-dir', sampleDirPlaceholder(), 'extra'], /Unexpected argument 'extra'/],
    [['--data-dir', sampleDirPlaceholder(), '--window-days', '3'], /--window-days: The window must be at least 7 days/],
    [['--data-dir', sampleDirPlaceholder(), '--window-days', '2 weeks'], /--window-days: The window must be a number of days/],
    [['--data-dir', sampleDirPlaceholder(), '--window-days', '30.5'], /--window-days: The window must be a whole number of days/],
    [['--data-dir', '/no/such/folder'], /There is no folder at \/no\/such\/folder/],
  ])('exits with 2 and the usage for %j', async (argv, message) => {
    const { code, out, err } = await run(runAnalyze, argv.map((arg) => (arg === PLACEHOLDER ? sampleDir : arg)));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toContain('Usage: counterpoint analyze --data-dir DIR [--window-days N] [--json]');
  });

  it('says so when the folder holds no library, and creates none', async () => {
    const empty = fs.mkdtempSync(path.join(root, 'empty-'));
    const { code, err } = await run(runAnalyze, ['--data-dir', empty]);
    expect(code).toBe(2);
    expect(err).toMatch(/holds no Counterpoint library \(counterpoint\.sqlite3 is missing\)/);
    expect(fs.readdirSync(empty)).toEqual([]);
  });
});

const PLACEHOLDER = '<sample>';
/** it.each's table is built before beforeAll runs; the real folder is put in when the case runs. */
function sampleDirPlaceholder(): string {
  return PLACEHOLDER;
}
