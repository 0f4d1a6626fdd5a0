import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkInOffers } from '../../shared/checkInOffers';
import type { ApiErrorValue } from '../../shared/result';
import { MISSING_ID, TODAY, logLibrary, type LogLibrary } from '../testing/logFixtures';
import { tempLibrary } from '../testing/tempLibrary';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
});
afterEach(() => t.lib.cleanup());

const checkInColumns = () =>
  t.lib.db.prepare('SELECT id, check_in_every, check_in_unit, check_in_snoozed_until, updated_at FROM collaborators ORDER BY id').all();

describe('checkIns.setCadence', () => {
  it('sets a cadence, makes the person due, and clears it with null', async () => {
    await t.lib.call('lessons.create', { collaboratorId: t.sam.id, date: '2026-01-30', durationMin: 60, topics: 'Voicings' });
    const set = await t.lib.call('checkIns.setCadence', { collaboratorId: t.sam.id, cadence: { every: 1, unit: 'months' } });
    expect(set).toEqual({ cadence: { every: 1, unit: 'months' }, snoozedUntil: null, lastContact: '2026-01-30', dueDate: '2026-02-28' });
    expect(await t.lib.call('checkIns.forCollaborator', { collaboratorId: t.sam.id })).toEqual(set);
    expect(await t.lib.call('checkIns.due', {})).toMatchObject([
      { collaboratorName: 'Sam', overdueDays: 15, reason: 'Last contact 6 weeks ago; you asked for every month.' },
    ]);
    const cleared = await t.lib.call('checkIns.setCadence', { collaboratorId: t.sam.id, cadence: null });
    expect(cleared).toMatchObject({ cadence: null, dueDate: null });
    expect(await t.lib.call('checkIns.due', {})).toEqual([]);
  });

  const refusals: [string, unknown, string, string][] = [
    ['a cadence of 0', { every: 0, unit: 'weeks' }, 'cadence.every', 'Check in at least every 1 day, week or month'],
    ['a negative cadence', { every: -1, unit: 'days' }, 'cadence.every', 'Check in at least every 1 day, week or month'],
    ['a fractional cadence', { every: 2.5, unit: 'weeks' }, 'cadence.every', 'Use a whole number'],
    ['more than five years', { every: 61, unit: 'months' }, 'cadence.every', 'That is more than five years: at most 60 months'],
    ['more than five years of days', { every: 1827, unit: 'days' }, 'cadence.every', 'That is more than five years: at most 1826 days'],
    ['an unknown unit', { every: 2, unit: 'fortnights' }, 'cadence.unit', 'Choose days, weeks or months'],
    ['no number', { unit: 'weeks' }, 'cadence.every', 'Enter how many days, weeks or months'],
  ];
  it.each(refusals)('refuses %s and writes nothing', async (_name, cadence, path, message) => {
    const before = checkInColumns();
    const error = await t.failure('checkIns.setCadence', { collaboratorId: t.sam.id, cadence });
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues).toContainEqual({ path, message });
    expect(checkInColumns()).toEqual(before);
  });

  it('refuses an unknown person and an archived one, and writes nothing', async () => {
    await t.lib.call('collaborators.archive', { id: t.lee.id });
    const before = checkInColumns();
    const cadence = { every: 2, unit: 'weeks' };
    const unknown = await t.failure('checkIns.setCadence', { collaboratorId: MISSING_ID, cadence });
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', message: 'That person was not found. They may have been removed.' });
    const archived = await t.failure('checkIns.setCadence', { collaboratorId: t.lee.id, cadence });
    expect(archived).toMatchObject({ code: 'CONFLICT', message: 'Lee is archived. Restore them to plan check-ins with them.' });
    expect((await t.failure('checkIns.snooze', { collaboratorId: t.lee.id, until: '2026-04-01' })).code).toBe('CONFLICT');
    expect((await t.failure('checkIns.forCollaborator', { collaboratorId: MISSING_ID })).code).toBe('NOT_FOUND');
    expect(checkInColumns()).toEqual(before);
  });
});

describe('checkIns.snooze', () => {
  it('holds a due person until the day, and lifts with null', async () => {
    await t.lib.call('checkIns.setCadence', { collaboratorId: t.sam.id, cadence: { every: 3, unit: 'days' } });
    expect(await t.lib.call('checkIns.due', { within: 0 })).toHaveLength(1);
    const snoozed = await t.lib.call('checkIns.snooze', { collaboratorId: t.sam.id, until: '2026-03-16' });
    expect(snoozed).toMatchObject({ snoozedUntil: '2026-03-16', dueDate: '2026-03-16' });
    expect(await t.lib.call('checkIns.due', { within: 0 })).toEqual([]);
    expect(await t.lib.call('checkIns.due', { within: 1 })).toMatchObject([{ dueDate: '2026-03-16', overdueDays: -1 }]);
    await t.lib.call('checkIns.snooze', { collaboratorId: t.sam.id, until: null });
    expect(await t.lib.call('checkIns.due', { within: 0 })).toHaveLength(1);
  });

  const refusals: [string, unknown, string][] = [
    ['a day in the past', '2026-03-14', 'Snooze until a day after today'],
    ['today', TODAY, 'Snooze until a day after today'],
    ['more than five years ahead', '2031-03-16', 'Snooze at most five years ahead'],
    ['a day that does not exist', '2026-02-30', 'That day does not exist'],
    ['words', 'next week', 'Use a date like 2026-03-14'],
  ];
  it.each(refusals)('refuses %s and writes nothing', async (_name, until, message) => {
    const before = checkInColumns();
    const error: ApiErrorValue = await t.failure('checkIns.snooze', { collaboratorId: t.sam.id, until });
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues).toContainEqual({ path: 'until', message });
    expect(checkInColumns()).toEqual(before);
  });
});

describe('checkIns.due offers people from the findings', () => {
  it('offers those going it alone and the people on an active project with no input, snooze permitting', async () => {
    let now = new Date('2026-01-01T12:00:00Z');
    const lib = tempLibrary({ now: () => now });
    try {
      const sam = await lib.call('collaborators.create', { name: 'Sam' });
      const lee = await lib.call('collaborators.create', { name: 'Lee' });
      const ada = await lib.call('collaborators.create', { name: 'Ada' });
      const album = await lib.call('projects.create', { title: 'Night Album', medium: 'music', status: 'active', startDate: '2026-01-01' });
      for (const person of [sam, lee]) await lib.call('projects.addMember', { projectId: album.id, collaboratorId: person.id });
      now = new Date('2026-03-15T12:00:00Z');
      // Sam and the user exchange (feedback given is no input to the project); Lee and the user do not.
      await lib.call('feedback.create', { direction: 'given', collaboratorId: sam.id, kind: 'critique', body: 'Tighter', date: '2026-03-10' });
      await lib.call('help.create', { direction: 'received', collaboratorId: ada.id, benefit: 'growth', date: '2026-03-01' });

      const due = await lib.call('checkIns.due', {});
      expect(due.map((row) => [row.collaboratorName, row.source, row.dueDate])).toEqual([
        ['Lee', 'finding', '2026-03-15'],
        ['Sam', 'finding', '2026-03-15'],
      ]);
      expect(due[0]?.reason).toBe(
        'In the last 6 months there was no exchange at all, though you share an active project — this looks like going it alone.',
      );
      expect(due[1]?.reason).toBe('No input on “Night Album” for 10 weeks, though it is active and you are both on it.');
      // The Dashboard sends the offers of the report it has: the same list, with no second engine run.
      const offers = checkInOffers(await lib.call('patterns.report', {}));
      expect(offers).toEqual([
        { collaboratorId: lee.id, reason: due[0]?.reason },
        { projectId: album.id, reason: due[1]?.reason },
      ]);
      expect(await lib.call('checkIns.due', { offers })).toEqual(due);
      // A project's offer goes to its people, and only to live ones; an empty list offers no one.
      await lib.call('collaborators.archive', { id: lee.id });
      expect((await lib.call('checkIns.due', { offers: offers.slice(1) })).map((row) => row.collaboratorName)).toEqual(['Sam']);
      expect(await lib.call('checkIns.due', { offers: [] })).toEqual([]);
      await lib.call('collaborators.restore', { id: lee.id });

      await lib.call('checkIns.snooze', { collaboratorId: sam.id, until: '2026-03-20' });
      await lib.call('checkIns.setCadence', { collaboratorId: lee.id, cadence: { every: 2, unit: 'weeks' } });
      expect((await lib.call('checkIns.due', {})).map((row) => [row.collaboratorName, row.source])).toEqual([['Lee', 'cadence']]);
    } finally {
      lib.cleanup();
    }
  });
});

describe('checkIns.due refuses offers it cannot read', () => {
  const refusals: [string, unknown, string][] = [
    ['an offer with no one', { reason: 'Why' }, 'offers.0'],
    ['an offer to a person and a project', { collaboratorId: MISSING_ID, projectId: MISSING_ID, reason: 'Why' }, 'offers.0'],
    ['an offer without a reason', { collaboratorId: MISSING_ID, reason: '' }, 'offers.0'],
    ['an offer to a malformed id', { collaboratorId: 'sam', reason: 'Why' }, 'offers.0'],
  ];
  it.each(refusals)('refuses %s', async (_name, offer, path) => {
    const error = await t.failure('checkIns.due', { offers: [offer] });
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues?.some((issue) => issue.path.startsWith(path))).toBe(true);
  });
});

describe('checkIns.due in the user’s zone', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('is due from local midnight on its day, across the night the clocks go forward (Europe/Berlin)', async () => {
    vi.stubEnv('TZ', 'Europe/Berlin');
    let now = new Date('2026-03-25T12:00:00Z');
    const lib = tempLibrary({ now: () => now });
    try {
      const ada = await lib.call('collaborators.create', { name: 'Ada' });
      await lib.call('requests.create', { askedBy: 'me', collaboratorId: ada.id, what: 'A listen', dateAsked: '2026-03-23' });
      await lib.call('checkIns.setCadence', { collaboratorId: ada.id, cadence: { every: 1, unit: 'weeks' } });
      // 23:30 on Sunday 29 March (CEST since 03:00 that night), then 00:30 on Monday: 23:30 and 22:30 UTC.
      now = new Date('2026-03-29T21:30:00Z');
      expect(await lib.call('checkIns.due', { within: 0 })).toEqual([]);
      expect(await lib.call('checkIns.due', { within: 1 })).toMatchObject([{ dueDate: '2026-03-30', overdueDays: -1 }]);
      now = new Date('2026-03-29T22:30:00Z');
      expect(await lib.call('checkIns.due', { within: 0 })).toMatchObject([{ dueDate: '2026-03-30', overdueDays: 0 }]);
    } finally {
      lib.cleanup();
    }
  });
});
