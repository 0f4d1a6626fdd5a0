import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTRY_KINDS, KINDS, type EntryKind } from '../../shared/kinds';
import { derivedDataDifferences } from '../db/derivedCheck';
import { MISSING_ID, logLibrary, type LogLibrary } from '../testing/logFixtures';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
});
afterEach(() => t.lib.cleanup());

/** One entry of every kind, on the project, with words to search and a lesson with practice. */
async function oneOfEach(): Promise<Record<EntryKind, string>> {
  const feedback = await t.lib.call('feedback.create', {
    direction: 'received',
    collaboratorId: t.sam.id,
    projectId: t.album.id,
    kind: 'critique',
    piece: 'Track 3 mix',
    body: 'The chorus vocal sits too far back',
    date: '2026-03-01',
  });
  const lesson = await t.lib.call('lessons.create', {
    collaboratorId: t.sam.id,
    date: '2026-03-02',
    durationMin: 60,
    topics: 'Barre chords',
    practice: [{ text: 'F barre daily' }, { text: 'Switch F to B flat' }],
  });
  const help = await t.lib.call('help.create', {
    direction: 'received',
    collaboratorId: t.lee.id,
    benefit: 'growth',
    note: 'Introduced me to a gallery',
    date: '2026-03-03',
  });
  const request = await t.lib.call('requests.create', {
    askedBy: 'me',
    collaboratorId: t.lee.id,
    what: 'Review my mix',
    dateAsked: '2026-03-04',
  });
  return { feedback: feedback.id, lesson: lesson.id, help: help.id, request: request.id };
}

const remove = (kind: EntryKind, id: string) => t.lib.call(`${KINDS[kind].area}.delete`, { id });
const forever = (kind: EntryKind, id: string) => t.lib.raw(`${KINDS[kind].area}.deleteForever`, { id });

/** Every row a write could touch, derived or not, to show a refused one changed nothing. */
const snapshot = () => ({
  counts: t.counts(),
  ledger: t.lib.db.prepare('SELECT * FROM exchanges ORDER BY id').all(),
  months: t.lib.db.prepare('SELECT * FROM exchange_months ORDER BY collaborator_id, month, direction, benefit').all(),
  docs: t.lib.db.prepare('SELECT * FROM search_docs ORDER BY doc').all(),
});

/** How many entries and people search finds for the words. */
const hits = async (text: string) =>
  (await t.lib.call('search.query', { text })).groups.reduce((sum, group) => sum + group.hits.length, 0);

describe('deleted.list', () => {
  it('lists the bin of every kind, newest deletion first, with what each entry was', async () => {
    const ids = await oneOfEach();
    expect((await t.lib.call('deleted.list', {})).items).toEqual([]);
    // Deleted in the order request, feedback, help, lesson; the clock moves a second per call.
    for (const kind of ['request', 'feedback', 'help', 'lesson'] as const) await remove(kind, ids[kind]);
    const page = await t.lib.call('deleted.list', {});
    expect(page.total).toBe(4);
    expect(page.items.map((item) => item.kind)).toEqual(['lesson', 'help', 'feedback', 'request']);
    expect(page.items.find((item) => item.kind === 'feedback')).toMatchObject({
      id: ids.feedback,
      date: '2026-03-01',
      collaboratorName: 'Sam',
      projectTitle: 'Night Album',
      title: 'Track 3 mix',
      summary: 'The chorus vocal sits too far back',
    });
    expect(page.items.find((item) => item.kind === 'request')).toMatchObject({ date: '2026-03-04', title: 'Review my mix' });
    expect(page.items.find((item) => item.kind === 'help')).toMatchObject({ title: '', summary: 'Introduced me to a gallery' });
    // The ledger rows derived from the deleted feedback and lesson are in the bin too, but only as part of their entry.
    expect(page.items).toHaveLength(4);
  });

  it('pages on a cursor without skipping or repeating, and refuses a cursor that is not one of ours', async () => {
    const ids = await oneOfEach();
    for (const kind of ENTRY_KINDS) await remove(kind, ids[kind]);
    const first = await t.lib.call('deleted.list', { limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await t.lib.call('deleted.list', { limit: 3, cursor: first.nextCursor ?? '' });
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((item) => item.id).sort()).toEqual(Object.values(ids).sort());
    const error = await t.failure('deleted.list', { cursor: 'not-a-cursor' });
    expect(error.code).toBe('VALIDATION');
  });
});

describe('deleteForever', () => {
  it.each(ENTRY_KINDS)('refuses a live %s and changes nothing', async (kind) => {
    const ids = await oneOfEach();
    const before = snapshot();
    const result = await forever(kind, ids[kind]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('CONFLICT');
      expect(result.error.message).toBe(
        `${KINDS[kind].labels.this} is not deleted. Only an entry in Recently deleted can be deleted for ever: delete it first.`,
      );
    }
    expect(snapshot()).toEqual(before);
  });

  it.each(ENTRY_KINDS)('removes a deleted %s and everything derived from it, leaving the rest', async (kind) => {
    const ids = await oneOfEach();
    await remove(kind, ids[kind]);
    const monthsInBin = snapshot().months;
    const result = await forever(kind, ids[kind]);
    expect(result.ok).toBe(true);
    const { db } = t.lib;
    expect(db.prepare(`SELECT count(*) AS n FROM ${KINDS[kind].table} WHERE id = ?`).get(ids[kind])).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM exchanges WHERE source_id = ? OR id = ?').get(ids[kind], ids[kind])).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM search_docs WHERE entry_id = ?').get(ids[kind])).toEqual({ n: 0 });
    // The rollup already left the deleted entry out; going for ever does not move it.
    expect(snapshot().months).toEqual(monthsInBin);
    expect(derivedDataDifferences(db)).toEqual([]);
    // The other kinds' entries are all still there.
    for (const other of ENTRY_KINDS.filter((k) => k !== kind)) {
      expect((await t.lib.call(`${KINDS[other].area}.get`, { id: ids[other] })).deletedAt).toBeNull();
    }
    expect((await t.failure(`${KINDS[kind].area}.get`, { id: ids[kind] })).code).toBe('NOT_FOUND');
    expect((await t.lib.call('deleted.list', {})).items).toEqual([]);
  });

  it("takes a lesson's practice items and derived ledger rows with it", async () => {
    const ids = await oneOfEach();
    expect(t.count('practice_items')).toBe(2);
    const ledger = t.count('exchanges');
    await remove('lesson', ids.lesson);
    expect((await forever('lesson', ids.lesson)).ok).toBe(true);
    expect(t.count('practice_items')).toBe(0);
    expect(t.count('exchanges')).toBe(ledger - 1);
    expect(await hits('barre')).toBe(0);
    expect(derivedDataDifferences(t.lib.db)).toEqual([]);
  });

  it('refuses a ledger row derived from feedback as help, and an unknown id', async () => {
    const ids = await oneOfEach();
    await remove('feedback', ids.feedback);
    const derived = t.lib.db.prepare('SELECT id FROM exchanges WHERE source_id = ?').get(ids.feedback) as { id: string };
    const before = snapshot();
    expect((await t.failure('help.deleteForever', { id: derived.id })).code).toBe('CONFLICT');
    expect((await t.failure('requests.deleteForever', { id: MISSING_ID })).code).toBe('NOT_FOUND');
    expect(snapshot()).toEqual(before);
  });

  it('is a write: a second call finds nothing to delete', async () => {
    const ids = await oneOfEach();
    await remove('request', ids.request);
    expect((await forever('request', ids.request)).ok).toBe(true);
    expect((await t.failure('requests.deleteForever', { id: ids.request })).code).toBe('NOT_FOUND');
  });
});

describe('restore from Recently deleted', () => {
  it('brings an entry back into its list, the ledger and search, out of the bin', async () => {
    const ids = await oneOfEach();
    const before = snapshot();
    await remove('feedback', ids.feedback);
    await remove('lesson', ids.lesson);
    const [first] = (await t.lib.call('deleted.list', {})).items;
    expect(first?.kind).toBe('lesson');
    await t.lib.call(`${KINDS.lesson.area}.restore`, { id: ids.lesson });
    expect((await t.lib.call('deleted.list', {})).items.map((item) => item.id)).toEqual([ids.feedback]);
    expect(await hits('barre')).toBe(1);
    expect((await t.lib.call('lessons.list', {})).items.map((lesson) => lesson.id)).toEqual([ids.lesson]);
    await t.lib.call('feedback.restore', { id: ids.feedback });
    expect(snapshot().months).toEqual(before.months);
    expect(derivedDataDifferences(t.lib.db)).toEqual([]);
  });
});

describe('a self-assessment in the bin', () => {
  /** A self-assessment with every question answered "agree", completed. */
  async function completedAssessment(): Promise<string> {
    const { QUESTIONNAIRE } = await import('../../shared/selfAssessment/questionnaire');
    let id = '';
    for (const { id: itemId } of QUESTIONNAIRE.items) id = (await t.lib.call('selfAssessments.answer', { itemId, answer: 4 })).id;
    await t.lib.call('selfAssessments.complete', { id });
    return id;
  }

  it('is listed with no person, restored from there, and deleted for ever only once deleted', async () => {
    const id = await completedAssessment();
    const live = await t.lib.raw('selfAssessments.deleteForever', { id });
    expect(live.ok ? null : live.error.code).toBe('CONFLICT');

    await t.lib.call('selfAssessments.delete', { id });
    const bin = await t.lib.call('deleted.list', {});
    expect(bin.total).toBe(1);
    expect(bin.items[0]).toMatchObject({ kind: 'selfAssessment', id, collaboratorId: null, collaboratorName: null, title: 'Completed' });

    await t.lib.call('selfAssessments.restore', { id });
    expect((await t.lib.call('selfAssessments.list', {})).total).toBe(1);
    expect((await t.lib.call('deleted.list', {})).total).toBe(0);

    await t.lib.call('selfAssessments.delete', { id });
    await t.lib.call('selfAssessments.deleteForever', { id });
    expect(t.lib.db.prepare('SELECT count(*) AS n FROM self_assessments').get()).toEqual({ n: 0 });
    expect((await t.lib.call('deleted.list', {})).total).toBe(0);
  });

  it('says how far one discarded in progress had got', async () => {
    const draft = await t.lib.call('selfAssessments.answer', { itemId: 'alone-finish-first', answer: 2 });
    await t.lib.call('selfAssessments.answer', { itemId: 'lean-wait-for-go-ahead', answer: 3 });
    await t.lib.call('selfAssessments.discard', { id: draft.id });
    const [row] = (await t.lib.call('deleted.list', {})).items;
    expect(row).toMatchObject({ kind: 'selfAssessment', title: 'In progress: 2 questions answered' });
  });
});
