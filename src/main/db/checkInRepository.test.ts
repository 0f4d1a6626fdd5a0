import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTRY_KINDS, type EntryKind } from '../../shared/kinds';
import { TODAY, logLibrary, type LogLibrary } from '../testing/logFixtures';
import { checkInStateOf, checkInsDue, lastContactOf, setCheckInCadence, setCheckInSnooze } from './checkInRepository';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
});
afterEach(() => t.lib.cleanup());

const AT = '2026-03-15T12:00:00.000Z';

/** Logs one entry of a kind with a person on a day; returns its id. */
const LOG: Record<EntryKind, (collaboratorId: string, date: string) => Promise<string>> = {
  feedback: async (collaboratorId, date) =>
    (await t.lib.call('feedback.create', { direction: 'given', collaboratorId, kind: 'critique', body: 'The bridge drags', date })).id,
  lesson: async (collaboratorId, date) =>
    (await t.lib.call('lessons.create', { collaboratorId, date, durationMin: 60, topics: 'Voicings' })).id,
  help: async (collaboratorId, date) =>
    (await t.lib.call('help.create', { direction: 'received', collaboratorId, benefit: 'growth', date })).id,
  request: async (collaboratorId, date) =>
    (await t.lib.call('requests.create', { askedBy: 'me', collaboratorId, what: 'A second ear', dateAsked: date })).id,
};

const dueOf = (id: string, within = 6) => checkInsDue(t.lib.db, TODAY, { within }).find((row) => row.collaboratorId === id);

describe('last contact', () => {
  it.each(ENTRY_KINDS)('is the day of the latest live %s with them, whoever gave', async (kind) => {
    expect(lastContactOf(t.lib.db, t.sam.id)).toBeNull();
    await LOG[kind](t.sam.id, '2026-02-01');
    await LOG[kind](t.sam.id, '2026-03-02');
    await LOG[kind](t.lee.id, '2026-03-10');
    expect(lastContactOf(t.lib.db, t.sam.id)).toBe('2026-03-02');
  });

  it('takes the latest across every kind', async () => {
    await LOG.feedback(t.sam.id, '2026-01-05');
    await LOG.request(t.sam.id, '2026-03-04');
    await LOG.help(t.sam.id, '2026-02-11');
    expect(lastContactOf(t.lib.db, t.sam.id)).toBe('2026-03-04');
  });
});

describe('the due date moves with the log', () => {
  it('follows edits, deletes, restores and back-dated entries', async () => {
    setCheckInCadence(t.lib.db, t.sam.id, { every: 1, unit: 'weeks' }, AT);
    expect(dueOf(t.sam.id)).toMatchObject({ dueDate: TODAY, overdueDays: 0, lastContact: null, source: 'cadence' });

    const feedback = await LOG.feedback(t.sam.id, '2026-03-10');
    expect(dueOf(t.sam.id)).toMatchObject({ dueDate: '2026-03-17', overdueDays: -2, lastContact: '2026-03-10' });
    expect(dueOf(t.sam.id, 0)).toBeUndefined();

    await LOG.lesson(t.sam.id, '2026-02-01');
    expect(dueOf(t.sam.id)?.dueDate).toBe('2026-03-17');

    await t.lib.call('feedback.update', { id: feedback, date: '2026-03-01' });
    expect(dueOf(t.sam.id, 0)).toMatchObject({ dueDate: '2026-03-08', overdueDays: 7 });

    await t.lib.call('feedback.delete', { id: feedback });
    expect(dueOf(t.sam.id, 0)).toMatchObject({ dueDate: '2026-02-08', overdueDays: 35, lastContact: '2026-02-01' });

    await t.lib.call('feedback.restore', { id: feedback });
    expect(dueOf(t.sam.id, 0)).toMatchObject({ dueDate: '2026-03-08', overdueDays: 7 });

    await LOG.help(t.sam.id, '2026-03-14');
    expect(dueOf(t.sam.id, 0)).toBeUndefined();
    expect(checkInStateOf(t.lib.db, t.sam.id, TODAY)).toEqual({
      cadence: { every: 1, unit: 'weeks' },
      snoozedUntil: null,
      lastContact: '2026-03-14',
      dueDate: '2026-03-21',
    });
  });

  it('clamps a monthly cadence to the month’s end', async () => {
    setCheckInCadence(t.lib.db, t.sam.id, { every: 1, unit: 'months' }, AT);
    await LOG.request(t.sam.id, '2026-01-31');
    expect(dueOf(t.sam.id)).toMatchObject({ dueDate: '2026-02-28', overdueDays: 15 });
  });
});

describe('the due list', () => {
  it('lists the most overdue first, leaves out those with no cadence, and says why', async () => {
    const ada = await t.lib.call('collaborators.create', { name: 'Ada' });
    const band = await t.lib.call('collaborators.create', { name: 'The Band', kind: 'group' });
    setCheckInCadence(t.lib.db, t.sam.id, { every: 2, unit: 'weeks' }, AT);
    setCheckInCadence(t.lib.db, band.id, { every: 10, unit: 'days' }, AT);
    setCheckInCadence(t.lib.db, t.lee.id, { every: 6, unit: 'weeks' }, AT);
    await LOG.lesson(t.sam.id, '2026-02-20'); // due 03-06: 9 days overdue
    await LOG.feedback(band.id, '2026-03-01'); // due 03-11: 4 days overdue
    await LOG.help(t.lee.id, '2026-02-05'); // due 03-19: in 4 days
    await LOG.help(ada.id, '2025-01-01'); // no cadence
    expect(checkInsDue(t.lib.db, TODAY).map((row) => [row.collaboratorName, row.kind, row.overdueDays])).toEqual([
      ['Sam', 'person', 9],
      ['The Band', 'group', 4],
      ['Lee', 'person', -4],
    ]);
    expect(checkInsDue(t.lib.db, TODAY, { within: 0 }).map((row) => row.collaboratorName)).toEqual(['Sam', 'The Band']);
    expect(dueOf(t.sam.id)?.reason).toBe('Last contact 3 weeks ago; you asked for every 2 weeks.');
  });

  it('never lists an archived person, and lists them again once restored', async () => {
    setCheckInCadence(t.lib.db, t.sam.id, { every: 1, unit: 'days' }, AT);
    await t.lib.call('collaborators.archive', { id: t.sam.id });
    expect(dueOf(t.sam.id)).toBeUndefined();
    expect(checkInsDue(t.lib.db, TODAY, { offers: [{ collaboratorId: t.sam.id, reason: 'Going it alone' }] })).toEqual([]);
    expect(checkInStateOf(t.lib.db, t.sam.id, TODAY)?.dueDate).toBeNull();
    await t.lib.call('collaborators.restore', { id: t.sam.id });
    expect(dueOf(t.sam.id)?.overdueDays).toBe(0);
  });

  it('holds a snoozed check-in until the snooze day', async () => {
    setCheckInCadence(t.lib.db, t.sam.id, { every: 1, unit: 'weeks' }, AT);
    await LOG.feedback(t.sam.id, '2026-02-01');
    setCheckInSnooze(t.lib.db, t.sam.id, '2026-03-25', AT);
    expect(dueOf(t.sam.id)).toBeUndefined();
    expect(checkInsDue(t.lib.db, '2026-03-25')[0]).toMatchObject({ collaboratorId: t.sam.id, dueDate: '2026-03-25', overdueDays: 0 });
    setCheckInSnooze(t.lib.db, t.sam.id, null, AT);
    expect(dueOf(t.sam.id)?.overdueDays).toBe(35);
  });

  it('offers the people a finding names, due today, with the finding as the reason, unless snoozed', async () => {
    const offers = [
      { collaboratorId: t.lee.id, reason: 'No input on Night Album for 40 days.' },
      { collaboratorId: t.lee.id, reason: 'A second finding about Lee.' },
    ];
    expect(checkInsDue(t.lib.db, TODAY, { offers })).toEqual([
      {
        collaboratorId: t.lee.id,
        collaboratorName: 'Lee',
        kind: 'person',
        source: 'finding',
        dueDate: TODAY,
        lastContact: null,
        cadence: null,
        overdueDays: 0,
        reason: 'No input on Night Album for 40 days.',
      },
    ]);
    setCheckInSnooze(t.lib.db, t.lee.id, '2026-03-16', AT);
    expect(checkInsDue(t.lib.db, TODAY, { offers })).toEqual([]);
    expect(checkInsDue(t.lib.db, '2026-03-16', { offers })).toHaveLength(1);
  });
});
