import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIMENSIONS, QUESTIONNAIRE } from '../../shared/selfAssessment/questionnaire';
import { logLibrary, type LogLibrary } from '../testing/logFixtures';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
});
afterEach(() => t.lib.cleanup());

async function completed(answer: 1 | 2 | 3 | 4 | 5) {
  let id = '';
  for (const { id: itemId } of QUESTIONNAIRE.items) id = (await t.lib.call('selfAssessments.answer', { itemId, answer })).id;
  return t.lib.call('selfAssessments.complete', { id });
}

const request = (askedBy: 'me' | 'them', dateAsked: string) =>
  t.lib.call('requests.create', { askedBy, collaboratorId: t.lee.id, what: 'A listen', dateAsked, outcome: 'met' });

describe('selfAssessments.besideLog', () => {
  it('says there is too little log instead of guessing, on every dimension of an empty log', async () => {
    const result = await completed(4);
    const beside = await t.lib.call('selfAssessments.besideLog', { id: result.id });
    expect(beside.comparisons.map(({ dimension }) => dimension)).toEqual([...DIMENSIONS]);
    expect(beside.window.days).toBe(180);
    for (const comparison of beside.comparisons) {
      expect(comparison.verdict, comparison.dimension).toBe('too-little-log');
      expect(comparison.logLevel).toBeNull();
      expect(comparison.sentence).toMatch(/holds too little yet to set beside it/);
    }
  });

  it('sets the requests asked and received beside "leaning", with the numbers and the entries', async () => {
    await request('me', '2026-03-01');
    await request('me', '2026-02-01');
    for (const day of ['2026-01-05', '2026-01-12', '2026-02-02', '2026-02-20', '2026-03-02', '2026-03-10']) await request('them', day);
    // Outside the window (180 days counting 2026-03-15 start on 2025-09-17): not counted.
    await request('me', '2025-09-16');
    const result = await completed(5);
    const beside = await t.lib.call('selfAssessments.besideLog', { id: result.id });
    const leaning = beside.comparisons.find(({ dimension }) => dimension === 'dependence')!;
    expect(leaning).toMatchObject({ selfScore: 67, selfLevel: 'high', logLevel: 'low', verdict: 'differ', entries: 8 });
    expect(leaning.sentence).toBe(
      'You describe yourself as someone who asks for help easily and leans on others to move forward; in your log, ' +
        'you asked for something 2 times and were asked 6 times in the last 180 days, counting today, so your log tells it differently.',
    );
    expect(leaning.measures).toContainEqual({ label: 'Requests you made', value: 2, unit: 'count' });
    expect(leaning.measures).toContainEqual({ label: 'Your share of the requests', value: 0.25, unit: 'share' });
    expect(leaning.evidence.refs.every(({ type }) => type === 'request')).toBe(true);
  });

  it('needs as many requests as the engine asks for before it judges them', async () => {
    await request('me', '2026-03-01');
    await request('them', '2026-03-02');
    const result = await completed(3);
    const beside = await t.lib.call('selfAssessments.besideLog', { id: result.id });
    expect(beside.comparisons.find(({ dimension }) => dimension === 'dependence')?.verdict).toBe('too-little-log');
  });

  it('sets the benefits received beside openness to them', async () => {
    // Six entries: as many as the engine asks for before it judges the kinds of input received.
    const received = [
      ['knowledge', '2026-03-01'],
      ['knowledge', '2026-03-02'],
      ['knowledge', '2026-03-03'],
      ['knowledge', '2026-03-04'],
      ['perspective', '2026-03-05'],
      ['perspective', '2026-03-06'],
    ] as const;
    for (const [benefit, date] of received) {
      await t.lib.call('help.create', { collaboratorId: t.lee.id, direction: 'received', benefit, weight: 1, date });
    }
    const result = await completed(5);
    const beside = await t.lib.call('selfAssessments.besideLog', { id: result.id });
    const byDimension = Object.fromEntries(beside.comparisons.map((comparison) => [comparison.dimension, comparison]));
    // 4 of 6 received was knowledge (high), 2 perspective (a third: high), growth none (low).
    expect(byDimension.knowledge).toMatchObject({ selfLevel: 'high', logLevel: 'high', verdict: 'agree', entries: 4 });
    expect(byDimension.knowledge?.sentence).toMatch(/in your log, 4 of the 6 weight you received was knowledge \(4 entries\)/);
    expect(byDimension.growth).toMatchObject({ logLevel: 'low', verdict: 'differ', entries: 0 });
  });

  it('is for completed self-assessments only', async () => {
    const draft = await t.lib.call('selfAssessments.answer', { itemId: 'alone-finish-first', answer: 3 });
    expect((await t.failure('selfAssessments.besideLog', { id: draft.id })).code).toBe('CONFLICT');
  });
});
