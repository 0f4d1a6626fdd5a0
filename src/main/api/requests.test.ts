import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MISSING_ID, TODAY, logLibrary, type LogLibrary } from '../testing/logFixtures';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
});
afterEach(() => t.lib.cleanup());

const mixReview = () => ({
  askedBy: 'me' as const,
  collaboratorId: t.lee.id,
  what: 'Review my mix',
  dateAsked: '2026-03-01',
});

describe('requests.create', () => {
  it('logs a pending request and a declined one resolved today by default', async () => {
    const pending = await t.lib.call('requests.create', mixReview());
    expect(pending).toMatchObject({ askedBy: 'me', collaboratorName: 'Lee', outcome: 'pending', dateResolved: null, note: '' });
    const declined = await t.lib.call('requests.create', { ...mixReview(), outcome: 'declined' });
    expect(declined).toMatchObject({ outcome: 'declined', dateResolved: TODAY });
    const backFilled = await t.lib.call('requests.create', { ...mixReview(), outcome: 'met', dateResolved: '2026-03-03' });
    expect(backFilled.dateResolved).toBe('2026-03-03');
    const quick = await t.lib.call('requests.create', { askedBy: 'them', collaboratorId: t.sam.id, what: 'Cover a gig' });
    expect(quick.dateAsked).toBe(TODAY);
  });

  it('clears a resolution date sent with a pending request', async () => {
    const request = await t.lib.call('requests.create', { ...mixReview(), dateResolved: '2026-03-02' });
    expect(request).toMatchObject({ outcome: 'pending', dateResolved: null });
  });

  const refusals: [string, Record<string, unknown>, string, string][] = [
    ['nothing asked', { what: '' }, 'what', 'What was asked is required'],
    ['an unknown outcome', { outcome: 'maybe' }, 'outcome', 'Choose pending, met, partly met, declined or ignored'],
    ['an unknown asker', { askedBy: 'us' }, 'askedBy', 'Choose who asked: me or them'],
    ['a resolution before the request', { outcome: 'met', dateResolved: '2026-02-27' }, 'dateResolved',
      'The date resolved cannot be before the date asked'],
    ['a future resolution', { outcome: 'met', dateResolved: '2026-03-30' }, 'dateResolved',
      'The date resolved cannot be in the future'],
    ['a future request', { dateAsked: '2026-04-01' }, 'dateAsked', 'The date asked cannot be in the future'],
  ];
  it.each(refusals)('refuses %s and writes nothing', async (_name, change, path, message) => {
    const error = await t.failure('requests.create', { ...mixReview(), ...change });
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues).toContainEqual({ path, message });
    expect(t.count('requests')).toBe(0);
  });

  it('refuses unknown people and projects', async () => {
    expect((await t.failure('requests.create', { ...mixReview(), collaboratorId: MISSING_ID })).code).toBe('NOT_FOUND');
    expect((await t.failure('requests.create', { ...mixReview(), projectId: MISSING_ID })).code).toBe('NOT_FOUND');
    expect(t.count('requests')).toBe(0);
  });

  it('never touches the ledger', async () => {
    await t.lib.call('requests.create', { ...mixReview(), outcome: 'met' });
    expect(t.count('exchanges')).toBe(0);
  });
});

describe('requests.update', () => {
  it('settles, re-settles and reopens a request', async () => {
    const { id } = await t.lib.call('requests.create', mixReview());
    const met = await t.lib.call('requests.update', { id, outcome: 'met' });
    expect(met).toMatchObject({ outcome: 'met', dateResolved: TODAY });
    const partly = await t.lib.call('requests.update', { id, outcome: 'partly-met' });
    expect(partly).toMatchObject({ outcome: 'partly-met', dateResolved: TODAY });
    const dated = await t.lib.call('requests.update', { id, dateResolved: '2026-03-04', note: 'Only the vocals' });
    expect(dated).toMatchObject({ dateResolved: '2026-03-04', note: 'Only the vocals' });
    const reopened = await t.lib.call('requests.update', { id, outcome: 'pending' });
    expect(reopened).toMatchObject({ outcome: 'pending', dateResolved: null });
  });

  it('refuses moving the request after its resolution, changing nothing', async () => {
    const { id } = await t.lib.call('requests.create', { ...mixReview(), outcome: 'ignored', dateResolved: '2026-03-05' });
    const before = await t.lib.call('requests.get', { id });
    const error = await t.failure('requests.update', { id, dateAsked: '2026-03-06' });
    expect(error.details?.issues).toEqual([{ path: 'dateResolved', message: 'The date resolved cannot be before the date asked' }]);
    expect((await t.failure('requests.update', { id, collaboratorId: MISSING_ID })).code).toBe('NOT_FOUND');
    expect(await t.lib.call('requests.get', { id })).toEqual(before);
  });

  it('deletes, refuses edits while deleted, and restores', async () => {
    const { id } = await t.lib.call('requests.create', mixReview());
    await t.lib.call('requests.delete', { id });
    expect((await t.lib.call('requests.list', {})).total).toBe(0);
    expect((await t.failure('requests.update', { id, what: 'x' })).code).toBe('CONFLICT');
    await t.lib.call('requests.restore', { id });
    expect((await t.lib.call('requests.list', {})).items.map((request) => request.id)).toEqual([id]);
    expect((await t.failure('requests.get', { id: MISSING_ID })).code).toBe('NOT_FOUND');
  });
});

describe('requests.list', () => {
  it('filters by asker, outcome, person, project and date asked', async () => {
    const a = await t.lib.call('requests.create', { ...mixReview(), dateAsked: '2026-01-10' });
    const b = await t.lib.call('requests.create', { ...mixReview(), askedBy: 'them', outcome: 'met', dateAsked: '2026-02-10' });
    const c = await t.lib.call('requests.create', {
      ...mixReview(),
      collaboratorId: t.sam.id,
      projectId: t.album.id,
      dateAsked: '2026-03-10',
    });
    const ids = async (input: Parameters<typeof t.lib.call<'requests.list'>>[1]) =>
      (await t.lib.call('requests.list', input)).items.map((request) => request.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ askedBy: 'them' })).toEqual([b.id]);
    expect(await ids({ outcome: 'pending' })).toEqual([c.id, a.id]);
    expect(await ids({ collaboratorId: t.sam.id })).toEqual([c.id]);
    expect(await ids({ projectId: t.album.id })).toEqual([c.id]);
    expect(await ids({ from: '2026-02-01', to: '2026-02-28' })).toEqual([b.id]);
    const page = await t.lib.call('requests.list', { limit: 2 });
    expect((await t.lib.call('requests.list', { limit: 2, cursor: page.nextCursor ?? '' })).items.map((n) => n.id)).toEqual([a.id]);
  });
});
