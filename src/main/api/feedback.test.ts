import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DECLINE_REASON_MESSAGE } from '../../shared/entities/feedback';
import { TIME_FORMAT_MESSAGE, TIME_ORDER_MESSAGE } from '../../shared/timeAnchor';
import { MISSING_ID, TODAY, logLibrary, type LogLibrary } from '../testing/logFixtures';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
});
afterEach(() => t.lib.cleanup());

const critique = () => ({
  direction: 'received' as const,
  collaboratorId: t.sam.id,
  projectId: t.album.id,
  piece: 'Mix v3',
  anchor: '1:23–1:40',
  kind: 'critique' as const,
  body: 'The bass swallows the kick in the chorus.',
  date: '2026-03-10',
});

describe('feedback.create', () => {
  it('logs a received critique with a time anchor, ready to show', async () => {
    const feedback = await t.lib.call('feedback.create', critique());
    expect(feedback).toMatchObject({
      direction: 'received',
      collaboratorName: 'Sam',
      projectTitle: 'Night Album',
      piece: 'Mix v3',
      anchor: { kind: 'time', startSec: 83, endSec: 100 },
      anchorLabel: '1:23–1:40',
      kind: 'critique',
      date: '2026-03-10',
      status: 'open',
      statusDate: null,
      declineReason: '',
      benefit: 'perspective',
      weight: 2,
      benefitOverride: null,
      deletedAt: null,
    });
    expect(await t.lib.call('feedback.get', { id: feedback.id })).toEqual(feedback);
  });

  it('fills in today, no project and no anchor when left out', async () => {
    const feedback = await t.lib.call('feedback.create', {
      direction: 'given',
      collaboratorId: t.lee.id,
      kind: 'encouragement',
      body: 'Loved the colours',
    });
    expect(feedback).toMatchObject({ date: TODAY, projectId: null, projectTitle: null, anchor: { kind: 'none' } });
    expect(feedback.anchorLabel).toBe('');
  });

  it('accepts a back-filled entry that was already settled', async () => {
    const feedback = await t.lib.call('feedback.create', {
      ...critique(),
      status: 'declined',
      statusDate: '2026-03-12',
      declineReason: 'It is meant to be muddy there',
    });
    expect(feedback).toMatchObject({ status: 'declined', statusDate: '2026-03-12' });
    expect(feedback.declineReason).toBe('It is meant to be muddy there');
  });

  const refusals: [string, Record<string, unknown>, string, string][] = [
    ['an empty body', { body: '   ' }, 'body', 'The feedback is required'],
    ['an unknown kind', { kind: 'praise' }, 'kind', 'Choose technical, critique, encouragement or perspective'],
    ['a mistyped time', { anchor: '1:70-2:00' }, 'anchor', TIME_FORMAT_MESSAGE],
    ['a backwards range', { anchor: '1:40-1:23' }, 'anchor', TIME_ORDER_MESSAGE],
    ['a date that does not exist', { date: '2026-02-30' }, 'date', 'That day does not exist'],
    ['a future date', { date: '2026-03-20' }, 'date', 'The date cannot be in the future'],
    ['a declined entry without a reason', { status: 'declined' }, 'declineReason', DECLINE_REASON_MESSAGE],
    ['a status date before the feedback', { status: 'applied', statusDate: '2026-03-01' }, 'statusDate',
      "The status cannot change before the feedback's date (2026-03-10)"],
    ['an unknown field', { mood: 'grumpy' }, '', 'Unrecognized key: "mood"'],
    ['a weight override of 4', { weightOverride: 4 }, 'weightOverride', 'Weight is 1 (small), 2 (medium) or 3 (large)'],
  ];
  it.each(refusals)('refuses %s and writes nothing', async (_name, change, path, message) => {
    const error = await t.failure('feedback.create', { ...critique(), ...change });
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues).toContainEqual({ path, message });
    expect(t.counts()).toMatchObject({ feedback: 0, exchanges: 0 });
  });

  it('refuses people and projects that do not exist', async () => {
    const noPerson = await t.failure('feedback.create', { ...critique(), collaboratorId: MISSING_ID });
    expect(noPerson.code).toBe('NOT_FOUND');
    expect(noPerson.details?.issues?.[0]?.path).toBe('collaboratorId');
    const noProject = await t.failure('feedback.create', { ...critique(), projectId: MISSING_ID });
    expect(noProject.code).toBe('NOT_FOUND');
    expect(noProject.message).toMatch(/project was not found/);
    expect(t.counts()).toMatchObject({ feedback: 0, exchanges: 0 });
  });
});

describe('feedback.setStatus', () => {
  it('walks the lifecycle: applied, declined with a reason, back to open', async () => {
    const { id } = await t.lib.call('feedback.create', critique());
    const applied = await t.lib.call('feedback.setStatus', { id, status: 'applied' });
    expect(applied).toMatchObject({ status: 'applied', statusDate: TODAY, declineReason: '' });

    const declined = await t.lib.call('feedback.setStatus', {
      id,
      status: 'declined',
      date: '2026-03-11',
      reason: 'Not the sound I want',
    });
    expect(declined).toMatchObject({ status: 'declined', statusDate: '2026-03-11', declineReason: 'Not the sound I want' });

    const partly = await t.lib.call('feedback.setStatus', { id, status: 'partly-applied', date: '2026-03-12' });
    expect(partly).toMatchObject({ status: 'partly-applied', statusDate: '2026-03-12', declineReason: '' });

    const reopened = await t.lib.call('feedback.setStatus', { id, status: 'open', date: '2026-03-13' });
    expect(reopened).toMatchObject({ status: 'open', statusDate: null, declineReason: '' });
  });

  it('refuses a decline without a reason, a date before the feedback and a future date', async () => {
    const { id } = await t.lib.call('feedback.create', critique());
    const before = await t.lib.call('feedback.get', { id });
    const noReason = await t.failure('feedback.setStatus', { id, status: 'declined', reason: '  ' });
    expect(noReason).toMatchObject({ code: 'VALIDATION', message: `reason: ${DECLINE_REASON_MESSAGE}` });
    const early = await t.failure('feedback.setStatus', { id, status: 'applied', date: '2026-03-09' });
    expect(early.details?.issues).toEqual([{ path: 'date', message: "The status cannot change before the feedback's date (2026-03-10)" }]);
    const future = await t.failure('feedback.setStatus', { id, status: 'applied', date: '2026-04-01' });
    expect(future.details?.issues?.[0]?.message).toBe('The status date cannot be in the future');
    expect(await t.lib.call('feedback.get', { id })).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown entry', async () => {
    expect((await t.failure('feedback.setStatus', { id: MISSING_ID, status: 'applied' })).code).toBe('NOT_FOUND');
  });
});

describe('feedback.update', () => {
  it('changes only the fields sent; null clears the anchor and project', async () => {
    const created = await t.lib.call('feedback.create', critique());
    const edited = await t.lib.call('feedback.update', { id: created.id, body: 'Kick and bass fight at 1:30.', anchor: null });
    expect(edited).toMatchObject({ body: 'Kick and bass fight at 1:30.', anchor: { kind: 'none' }, piece: 'Mix v3' });
    const moved = await t.lib.call('feedback.update', { id: created.id, projectId: null, anchor: 'bar 32', date: '2026-03-01' });
    expect(moved).toMatchObject({ projectId: null, projectTitle: null, anchor: { kind: 'text', text: 'bar 32' }, date: '2026-03-01' });
  });

  it('refuses a date after the status changed, a missing person and a future date, changing nothing', async () => {
    const { id } = await t.lib.call('feedback.create', critique());
    await t.lib.call('feedback.setStatus', { id, status: 'applied', date: '2026-03-11' });
    const before = await t.lib.call('feedback.get', { id });
    const late = await t.failure('feedback.update', { id, date: '2026-03-12' });
    expect(late.details?.issues).toEqual([{ path: 'date', message: 'The feedback cannot be dated after its status changed (2026-03-11)' }]);
    expect((await t.failure('feedback.update', { id, collaboratorId: MISSING_ID })).code).toBe('NOT_FOUND');
    expect((await t.failure('feedback.update', { id, date: '2027-01-01' })).code).toBe('VALIDATION');
    expect((await t.failure('feedback.update', { id, status: 'open' })).message).toBe('Unrecognized key: "status"');
    expect(await t.lib.call('feedback.get', { id })).toEqual(before);
  });

  it('refuses to edit a deleted entry until it is restored', async () => {
    const { id } = await t.lib.call('feedback.create', critique());
    await t.lib.call('feedback.delete', { id });
    const error = await t.failure('feedback.update', { id, body: 'changed' });
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'This feedback is deleted. Restore it before changing it.' });
    expect((await t.failure('feedback.setStatus', { id, status: 'applied' })).code).toBe('CONFLICT');
    await t.lib.call('feedback.restore', { id });
    expect((await t.lib.call('feedback.update', { id, body: 'changed' })).body).toBe('changed');
  });
});

describe('feedback.delete and restore', () => {
  it('hides a deleted entry from lists, keeps it for undo and brings it back', async () => {
    const { id } = await t.lib.call('feedback.create', critique());
    const deleted = await t.lib.call('feedback.delete', { id });
    expect(deleted.deletedAt).not.toBeNull();
    expect((await t.lib.call('feedback.list', {})).total).toBe(0);
    expect((await t.lib.call('feedback.list', { includeDeleted: true })).items.map((f) => f.id)).toEqual([id]);
    expect((await t.lib.call('feedback.get', { id })).deletedAt).toBe(deleted.deletedAt);
    expect((await t.lib.call('feedback.delete', { id })).deletedAt).toBe(deleted.deletedAt);

    const restored = await t.lib.call('feedback.restore', { id });
    expect(restored.deletedAt).toBeNull();
    expect((await t.lib.call('feedback.list', {})).total).toBe(1);
  });

  it('answers NOT_FOUND for an unknown id and VALIDATION for a malformed one', async () => {
    expect((await t.failure('feedback.delete', { id: MISSING_ID })).code).toBe('NOT_FOUND');
    expect((await t.failure('feedback.restore', { id: 'nope' })).code).toBe('VALIDATION');
  });
});

describe('feedback.list', () => {
  async function seed() {
    const rows = [
      { direction: 'received', kind: 'critique', date: '2026-01-05', collaboratorId: t.sam.id, projectId: t.album.id },
      { direction: 'given', kind: 'technical', date: '2026-02-10', collaboratorId: t.lee.id, projectId: null },
      { direction: 'received', kind: 'encouragement', date: '2026-02-10', collaboratorId: t.lee.id, projectId: t.album.id },
      { direction: 'received', kind: 'perspective', date: '2026-03-01', collaboratorId: t.sam.id, projectId: null },
    ] as const;
    const ids: string[] = [];
    for (const [index, row] of rows.entries()) {
      ids.push((await t.lib.call('feedback.create', { ...row, body: `note ${index}` })).id);
    }
    await t.lib.call('feedback.setStatus', { id: ids[0] ?? '', status: 'applied', date: '2026-01-06' });
    return ids;
  }

  it('lists newest first with total, filtered by every filter', async () => {
    const [first, second, third, fourth] = await seed();
    const all = await t.lib.call('feedback.list', {});
    expect(all.items.map((f) => f.id)).toEqual([fourth, third, second, first]);
    expect(all).toMatchObject({ total: 4, nextCursor: null });

    const ids = async (input: Parameters<typeof t.lib.call<'feedback.list'>>[1]) =>
      (await t.lib.call('feedback.list', input)).items.map((f) => f.id);
    expect(await ids({ direction: 'given' })).toEqual([second]);
    expect(await ids({ status: 'applied' })).toEqual([first]);
    expect(await ids({ kind: 'perspective' })).toEqual([fourth]);
    expect(await ids({ collaboratorId: t.sam.id })).toEqual([fourth, first]);
    expect(await ids({ projectId: t.album.id })).toEqual([third, first]);
    expect(await ids({ from: '2026-02-10', to: '2026-02-10' })).toEqual([third, second]);
    expect(await ids({ direction: 'received', from: '2026-02-01' })).toEqual([fourth, third]);
  });

  it('pages by cursor and by offset', async () => {
    const [first, second, third, fourth] = await seed();
    const page1 = await t.lib.call('feedback.list', { limit: 3 });
    expect(page1.items.map((f) => f.id)).toEqual([fourth, third, second]);
    expect(page1.total).toBe(4);
    const page2 = await t.lib.call('feedback.list', { limit: 3, cursor: page1.nextCursor ?? '' });
    expect(page2.items.map((f) => f.id)).toEqual([first]);
    expect(page2.nextCursor).toBeNull();
    const byOffset = await t.lib.call('feedback.list', { limit: 2, offset: 1 });
    expect(byOffset.items.map((f) => f.id)).toEqual([third, second]);
  });

  it('refuses oversized pages, backwards ranges, mixed paging and foreign cursors', async () => {
    expect((await t.failure('feedback.list', { limit: 201 })).message).toBe('limit: Ask for at most 200 entries at a time');
    expect((await t.failure('feedback.list', { from: '2026-03-02', to: '2026-03-01' })).details?.issues).toEqual([
      { path: 'to', message: 'The end of the date range cannot be before its start' },
    ]);
    expect((await t.failure('feedback.list', { cursor: 'abc', offset: 3 })).message).toBe(
      'offset: Use either a cursor or an offset, not both',
    );
    expect((await t.failure('feedback.list', { cursor: 'not-a-cursor' })).details?.issues?.[0]?.path).toBe('cursor');
  });
});
