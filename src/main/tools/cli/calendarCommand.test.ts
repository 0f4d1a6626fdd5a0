import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../db/open';
import { readCalendar } from '../../testing/calendarReading';
import { logLibrary, NOW, type LogLibrary } from '../../testing/logFixtures';
import { runCalendar } from './calendarCommand';
import type { CommandIo } from './cliErrors';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (text) => out.push(text), err: (text) => err.push(text), now: () => NOW };
  const code = await runCalendar(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let t: LogLibrary;
let dataDir: string;
let lessonId: string;
beforeAll(async () => {
  t = await logLibrary();
  dataDir = t.lib.dataDir;
  lessonId = (await t.lib.call('lessons.plan', { collaboratorId: t.sam.id, date: '2026-04-02', topics: 'Counterpoint in three voices' })).id;
  await t.lib.call('checkIns.setCadence', { collaboratorId: t.lee.id, cadence: { every: 10, unit: 'days' } });
  t.lib.library.close();
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('counterpoint calendar', () => {
  it('prints the calendar to stdout without --out, and leaves the library folder as it was', async () => {
    const before = fs.readdirSync(dataDir).sort();
    const { code, out, err } = await run(['--data-dir', dataDir]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const { events } = readCalendar(out);
    expect(events.map(({ uid, start, summary }) => ({ uid, start, summary }))).toEqual([
      { uid: `lesson-${lessonId}@counterpoint`, start: '2026-04-02', summary: 'Lesson with Sam' },
      // No contact with Lee yet: the check-in is due at once, on today.
      { uid: `check-in-${t.lee.id}@counterpoint`, start: '2026-03-15', summary: 'Check in with Lee' },
    ]);
    expect(fs.readdirSync(dataDir).sort()).toEqual(before);
  });

  it('writes --out FILE, saying how many events, and the same UIDs on a second run', async () => {
    const file = path.join(dataDir, '..', `calendar-${process.pid}.ics`);
    try {
      const first = await run(['--data-dir', dataDir, '--out', file]);
      expect(first).toMatchObject({ code: 0, out: '' });
      expect(first.err).toBe(`Wrote 2 events to ${path.resolve(file)}.`);
      const uids = readCalendar(fs.readFileSync(file, 'utf8')).events.map((event) => event.uid);
      expect((await run(['--data-dir', dataDir, '--out', file])).code).toBe(0);
      expect(readCalendar(fs.readFileSync(file, 'utf8')).events.map((event) => event.uid)).toEqual(uids);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it.each([
    [[], /--data-dir is required/],
    [['--data-dir', '/no/such/folder'], /There is no folder at \/no\/such\/folder/],
    [['--data-dir', '<lib>', '--out', '/no/such/folder/cal.ics'], /There is no folder at \/no\/such\/folder to write cal\.ics into/],
    [['--data-dir', '<lib>', '--out', '<lib>'], /is a folder; --out needs a file name in it/],
    [['--data-dir', '<lib>', '--out', `<lib>/${DATABASE_FILE}/cal.ics`], /There is no folder at .* to write cal\.ics into/],
    [['--data-dir', '<lib>', '--bogus'], /Unknown option '--bogus'/],
  ])('exits with 2 and the usage for %j, writing nothing', async (argv, message) => {
    const before = fs.readdirSync(dataDir).sort();
    const { code, out, err } = await run(argv.map((arg) => arg.replace('<lib>', dataDir)));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toContain('Usage: counterpoint calendar --data-dir DIR [--out FILE]');
    expect(fs.readdirSync(dataDir).sort()).toEqual(before);
  });
});
