import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE } from '../../shared/selfAssessment/questionnaire';
import { MISSING_ID, logLibrary, type LogLibrary } from '../testing/logFixtures';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
});
afterEach(() => t.lib.cleanup());

const rows = () => t.lib.db.prepare('SELECT id, answers, completed_at, deleted_at FROM self_assessments ORDER BY created_at').all();
const ITEM_IDS = QUESTIONNAIRE.items.map(({ id }) => id);

async function answerAll(answer: 1 | 2 | 3 | 4 | 5) {
  let draft;
  for (const itemId of ITEM_IDS) draft = await t.lib.call('selfAssessments.answer', { itemId, answer });
  if (!draft) throw new Error('no items');
  return draft;
}

async function completed(answer: 1 | 2 | 3 | 4 | 5) {
  const draft = await answerAll(answer);
  return t.lib.call('selfAssessments.complete', { id: draft.id });
}

describe('answering', () => {
  it('starts one in progress on the first answer and saves every answer at once', async () => {
    expect(await t.lib.call('selfAssessments.current', {})).toBeNull();
    const first = await t.lib.call('selfAssessments.answer', { itemId: 'alone-finish-first', answer: 4 });
    expect(first).toMatchObject({ questionnaireVersion: 1, answers: { 'alone-finish-first': 4 } });
    const second = await t.lib.call('selfAssessments.answer', { itemId: 'growth-open-doors', answer: 2 });
    expect(second.id).toBe(first.id);
    // What is stored is what was answered: leaving now (or a crash) keeps both.
    expect(JSON.parse((rows()[0] as { answers: string }).answers)).toEqual({ 'alone-finish-first': 4, 'growth-open-doors': 2 });
    expect(await t.lib.call('selfAssessments.current', {})).toEqual(second);
  });

  it('changes an answer and clears one with null', async () => {
    await t.lib.call('selfAssessments.answer', { itemId: 'alone-finish-first', answer: 4 });
    await t.lib.call('selfAssessments.answer', { itemId: 'alone-finish-first', answer: 1 });
    await t.lib.call('selfAssessments.answer', { itemId: 'growth-open-doors', answer: 5 });
    const cleared = await t.lib.call('selfAssessments.answer', { itemId: 'growth-open-doors', answer: null });
    expect(cleared.answers).toEqual({ 'alone-finish-first': 1 });
  });

  const refusals: [string, unknown, string][] = [
    ['an answer above 5', { itemId: 'alone-finish-first', answer: 6 }, 'answer'],
    ['an answer below 1', { itemId: 'alone-finish-first', answer: 0 }, 'answer'],
    ['a fraction', { itemId: 'alone-finish-first', answer: 2.5 }, 'answer'],
    ['a question it does not have', { itemId: 'not-a-question', answer: 3 }, 'itemId'],
    ['no question', { itemId: '', answer: 3 }, 'itemId'],
    ['an unknown field', { itemId: 'alone-finish-first', answer: 3, score: 100 }, ''],
  ];
  it.each(refusals)('refuses %s with a clear message and writes nothing', async (_name, input, path) => {
    const error = await t.failure('selfAssessments.answer', input);
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues?.[0]?.path).toBe(path);
    expect(error.message.length).toBeGreaterThan(10);
    expect(rows()).toHaveLength(0);
  });

  it('says what an answer must be', async () => {
    const error = await t.failure('selfAssessments.answer', { itemId: 'alone-finish-first', answer: 9 });
    expect(error.details?.issues).toContainEqual({ path: 'answer', message: 'An answer is a whole number from 1 (strongly disagree) to 5 (strongly agree)' });
    const unknown = await t.failure('selfAssessments.answer', { itemId: 'not-a-question', answer: 3 });
    expect(unknown.details?.issues).toContainEqual({ path: 'itemId', message: 'That question is not in the questionnaire (version 1)' });
  });
});

describe('completing', () => {
  it('scores a complete set and moves it to the history', async () => {
    const result = await completed(5);
    expect(result.completedAt).not.toBeNull();
    expect(result.scores).toEqual({
      stances: { independence: 67, dependence: 67, codependence: 67, interdependence: 67 },
      benefits: { knowledge: 75, perspective: 75, growth: 75 },
    });
    expect(await t.lib.call('selfAssessments.current', {})).toBeNull();
    const history = await t.lib.call('selfAssessments.list', {});
    expect(history).toEqual({
      items: [{ id: result.id, questionnaireVersion: 1, completedAt: result.completedAt, scores: result.scores }],
      total: 1,
      nextCursor: null,
    });
  });

  it('refuses a partial set, naming how many are missing, and keeps it in progress', async () => {
    let draft;
    for (const itemId of ITEM_IDS.slice(0, 20)) draft = await t.lib.call('selfAssessments.answer', { itemId, answer: 3 });
    const error = await t.failure('selfAssessments.complete', { id: draft!.id });
    expect(error).toMatchObject({ code: 'VALIDATION', details: { missing: 4 } });
    expect(error.message).toMatch(/^4 questions have no answer yet/);
    expect(await t.lib.call('selfAssessments.current', {})).toEqual(draft);
    expect(rows()).toMatchObject([{ completed_at: null }]);
  });

  it('refuses to complete twice, or one that does not exist', async () => {
    const result = await completed(2);
    expect((await t.failure('selfAssessments.complete', { id: result.id })).code).toBe('CONFLICT');
    expect((await t.failure('selfAssessments.complete', { id: MISSING_ID })).code).toBe('NOT_FOUND');
    expect((await t.failure('selfAssessments.complete', { id: 'nope' })).code).toBe('VALIDATION');
  });

  it('lists the history newest first, page by page', async () => {
    const first = await completed(1);
    const second = await completed(3);
    const third = await completed(5);
    const page = await t.lib.call('selfAssessments.list', { limit: 2 });
    expect(page.items.map(({ id }) => id)).toEqual([third.id, second.id]);
    expect(page.total).toBe(3);
    const next = await t.lib.call('selfAssessments.list', { limit: 2, cursor: page.nextCursor! });
    expect(next.items.map(({ id }) => id)).toEqual([first.id]);
    expect(next.nextCursor).toBeNull();
    expect((await t.failure('selfAssessments.list', { cursor: 'not-a-cursor' })).details?.issues?.[0]?.path).toBe('cursor');
    expect((await t.failure('selfAssessments.list', { limit: 0 })).code).toBe('VALIDATION');
  });
});

describe('discard, delete and restore', () => {
  it('discards the one in progress into the bin, and restores it', async () => {
    const draft = await t.lib.call('selfAssessments.answer', { itemId: 'alone-finish-first', answer: 4 });
    const discarded = await t.lib.call('selfAssessments.discard', { id: draft.id });
    expect(discarded.deletedAt).not.toBeNull();
    expect(await t.lib.call('selfAssessments.current', {})).toBeNull();
    const restored = await t.lib.call('selfAssessments.restore', { id: draft.id });
    expect(restored).toMatchObject({ deletedAt: null, answers: { 'alone-finish-first': 4 }, scores: null });
    expect((await t.lib.call('selfAssessments.current', {}))?.id).toBe(draft.id);
  });

  it('refuses to restore a second one in progress beside another', async () => {
    const draft = await t.lib.call('selfAssessments.answer', { itemId: 'alone-finish-first', answer: 4 });
    await t.lib.call('selfAssessments.discard', { id: draft.id });
    const other = await t.lib.call('selfAssessments.answer', { itemId: 'growth-open-doors', answer: 2 });
    const error = await t.failure('selfAssessments.restore', { id: draft.id });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/Another self-assessment is in progress/);
    expect((await t.lib.call('selfAssessments.current', {}))?.id).toBe(other.id);
    expect((await t.lib.call('selfAssessments.get', { id: draft.id })).deletedAt).not.toBeNull();
  });

  it('refuses to discard a completed one (it is deleted instead)', async () => {
    const result = await completed(4);
    expect((await t.failure('selfAssessments.discard', { id: result.id })).code).toBe('CONFLICT');
    const deleted = await t.lib.call('selfAssessments.delete', { id: result.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect((await t.lib.call('selfAssessments.list', {})).total).toBe(0);
    expect((await t.lib.call('selfAssessments.get', { id: result.id })).scores).toEqual(result.scores);
    await t.lib.call('selfAssessments.restore', { id: result.id });
    expect((await t.lib.call('selfAssessments.list', {})).total).toBe(1);
  });

  it('says an unknown one was not found', async () => {
    for (const method of ['selfAssessments.get', 'selfAssessments.delete', 'selfAssessments.restore', 'selfAssessments.discard', 'selfAssessments.besideLog']) {
      const error = await t.failure(method, { id: MISSING_ID });
      expect(error, method).toMatchObject({ code: 'NOT_FOUND', message: 'That self-assessment was not found. It may have been deleted.' });
    }
  });
});
