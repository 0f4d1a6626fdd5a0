import { describe, expect, test } from 'vitest';
import { entries, exchange, judgeOne, lessons, receivedFeedback, type CollaboratorSpec } from './fixtures';

describe('the learner path and dependence', () => {
  const practice = (done: number, total: number, lessons: number) =>
    Array.from({ length: lessons }, (_, index) => ({
      done: index < done ? 1 : 0,
      total: index < total ? 1 : 0,
    }));

  test('4 lessons, confidence falling (slope −0.4) and 1 of 4 practice items done: dependent', () => {
    const finding = judgeOne({
      roles: ['mentor'],
      entries: entries('received', 4, { benefit: 'knowledge', type: 'lesson' }),
      learnerLessons: lessons([3, 3, 2, 2], practice(1, 4, 4)),
    });
    expect(finding.stance).toBe('dependent');
    expect(finding.basis).toBe('learner-path');
    expect(finding.learnerPath?.state).toBe('not-yet-standing-alone');
    expect(finding.learnerPath?.confidenceSlope).toBeCloseTo(-0.4, 12);
    expect(finding.learnerPath?.standingAloneTrend).toBe('falling');
    expect(finding.learnerPath?.practiceDoneRate).toBe(0.25);
    // P(rate < 0.5) under Beta(2, 4) = P(Binomial(5, ½) ≥ 2) = 26/32.
    expect(finding.confidence).toBeCloseTo(26 / 32, 12);
    expect(finding.evidence.refs.filter((entry) => entry.type === 'lesson')).toHaveLength(4);
    expect(finding.sentence).toBe(
      'In the last 6 months, over 4 lessons, your confidence to do it alone did not rise (3 to 2, −0.40 per rated lesson) ' +
        'and 1 of 4 practice items was done (0.25) — this looks like leaning on the lessons, not yet standing alone.',
    );
  });

  test.each([
    { name: 'flat confidence (slope exactly 0) counts as not rising', confidences: [3, 3, 3, 3], done: 1, state: 'not-yet-standing-alone' },
    { name: 'only 3 lessons: too little to judge', confidences: [3, 3, 2], done: 0, state: 'too-little-data' },
    { name: 'practice exactly half done is not under half', confidences: [3, 3, 2, 2], done: 2, state: 'mixed' },
    { name: 'rising confidence with little practice is mixed', confidences: [1, 2, 3, 4], done: 1, state: 'mixed' },
    { name: 'rising confidence and practice done', confidences: [1, 2, 3, 4], done: 3, state: 'toward-standing-alone' },
    { name: 'a single rated lesson gives no slope', confidences: [null, null, null, 3], done: 0, state: 'too-little-data' },
  ])('$name', ({ confidences, done, state }) => {
    const finding = judgeOne({
      roles: ['mentor'],
      learnerLessons: lessons(confidences, practice(done, 4, confidences.length)),
    });
    expect(finding.learnerPath?.state).toBe(state);
    expect(finding.stance === 'dependent').toBe(state === 'not-yet-standing-alone');
  });

  test('a mentorship heading toward standing alone, with little else exchanged, is balanced by its path', () => {
    const finding = judgeOne({
      roles: ['mentor'],
      entries: [...entries('received', 4, { benefit: 'knowledge', type: 'lesson' }), ...exchange(1, 1, 'growth')],
      learnerLessons: lessons([1, 2, 3, 4], practice(3, 4, 4)),
    });
    expect(finding.stance).toBe('interdependent');
    expect(finding.basis).toBe('learner-path');
    // P(rate ≥ 0.5) under Beta(4, 2) = 1 − P(Binomial(5, ½) ≥ 4) = 1 − 6/32.
    expect(finding.confidence).toBeCloseTo(26 / 32, 12);
  });

  test('the dependence rules are settings', () => {
    const spec = { roles: ['mentor' as const], learnerLessons: lessons([3, 3, 2], practice(1, 3, 3)) };
    expect(judgeOne(spec).stance).not.toBe('dependent');
    expect(judgeOne(spec, { dependenceMinSessions: 3 }).stance).toBe('dependent');
    expect(judgeOne(spec, { dependenceMinSessions: 3, dependenceMaxPracticeDoneRate: 0.3 }).stance).not.toBe('dependent');
  });

  test('feedback applied is reported: (applied + ½·partly) / resolved, open not resolved', () => {
    const finding = judgeOne({
      roles: ['mentor'],
      learnerLessons: lessons([2, 3]),
      receivedFeedback: receivedFeedback(['applied', 'partly-applied', 'declined', 'discussed', 'open']),
    });
    expect(finding.learnerPath?.feedbackAppliedRate).toBeCloseTo(1.5 / 4, 12);
    expect(finding.learnerPath?.feedback.open).toBe(1);
    expect(finding.learnerPath?.evidence.refs.filter((entry) => entry.type === 'feedback')).toHaveLength(4);
  });

  test('with a mentor, dependence comes before the balance test', () => {
    const finding = judgeOne({
      roles: ['mentor'],
      entries: exchange(5, 5),
      learnerLessons: lessons([3, 3, 2, 2], practice(0, 4, 4)),
    });
    expect(finding.stance).toBe('dependent');
  });

  test('no learner path for someone who is neither a mentor nor a mentee, lessons or not', () => {
    expect(judgeOne({ roles: ['peer'], entries: exchange(3, 3) }).learnerPath).toBeNull();
    expect(judgeOne({ roles: ['peer'], learnerLessons: lessons([1, 2, 3, 4]) }).learnerPath).toBeNull();
    expect(judgeOne({ roles: ['mentor'] }).learnerPath?.sentence).toBe('No lessons with you as the learner in the last 6 months.');
  });
});

describe('the learner path replaces the balance test only for a mentor or mentee role (DOMAIN.md)', () => {
  const noPractice = Array.from({ length: 4 }, () => ({ done: 0, total: 1 }));
  const allPractice = Array.from({ length: 4 }, () => ({ done: 1, total: 1 }));
  // Four lessons as learner (knowledge 1 each) beside 3 given and 3 received of perspective.
  const leaning = { learnerLessons: lessons([3, 3, 2, 2], noPractice), entries: [...entries('received', 4, { benefit: 'knowledge', type: 'lesson' }), ...exchange(3, 3)] };
  // Two lessons (knowledge 2 in all) and nothing else: under the minimum weight, confidence rising.
  const rising = { learnerLessons: lessons([1, 2, 3, 4], allPractice), entries: entries('received', 2, { benefit: 'knowledge', type: 'lesson' }) };
  test.each<{ name: string; spec: CollaboratorSpec; stance: string; basis: string; give: number; receive: number; path: boolean }>([
    { name: 'lessons with a peer: ordinary knowledge, 3 against 7', spec: { ...leaning, roles: ['peer'] }, stance: 'not-enough-data', basis: 'balance', give: 3, receive: 7, path: false },
    { name: 'lessons with a critic', spec: { ...leaning, roles: ['critic'] }, stance: 'not-enough-data', basis: 'balance', give: 3, receive: 7, path: false },
    { name: 'lessons with someone without a role', spec: { ...leaning, roles: [] }, stance: 'not-enough-data', basis: 'balance', give: 3, receive: 7, path: false },
    { name: 'lessons with a mentor: knowledge left out, the path judged', spec: { ...leaning, roles: ['mentor'] }, stance: 'dependent', basis: 'learner-path', give: 3, receive: 3, path: true },
    { name: 'lessons with a mentor who is also a peer', spec: { ...leaning, roles: ['mentor', 'peer'] }, stance: 'dependent', basis: 'learner-path', give: 3, receive: 3, path: true },
    { name: 'lessons with a mentee', spec: { ...leaning, roles: ['mentee'] }, stance: 'dependent', basis: 'learner-path', give: 3, receive: 3, path: true },
    { name: 'little weight with a peer, confidence rising: not enough data', spec: { ...rising, roles: ['peer'] }, stance: 'not-enough-data', basis: 'too-little-weight', give: 0, receive: 2, path: false },
    { name: 'little weight with a co-creator, confidence rising', spec: { ...rising, roles: ['co-creator'] }, stance: 'not-enough-data', basis: 'too-little-weight', give: 0, receive: 2, path: false },
    { name: 'little weight with a mentor, confidence rising: the path says balanced', spec: { ...rising, roles: ['mentor'] }, stance: 'interdependent', basis: 'learner-path', give: 0, receive: 0, path: true },
    { name: 'little weight with a mentor and peer, confidence rising', spec: { ...rising, roles: ['peer', 'mentor'] }, stance: 'interdependent', basis: 'learner-path', give: 0, receive: 0, path: true },
  ])('$name: $stance', ({ spec, stance, basis, give, receive, path }) => {
    const finding = judgeOne(spec);
    expect(finding.stance).toBe(stance);
    expect(finding.basis).toBe(basis);
    expect([finding.give, finding.receive]).toEqual([give, receive]);
    expect(finding.excludedBenefits).toEqual(path ? ['knowledge'] : []);
    expect(finding.learnerPath !== null).toBe(path);
  });

  test('the role changed on the same log: the judgement follows the role held now', () => {
    const stances = [['peer'], ['peer', 'mentor'], ['mentor'], ['critic']].map(
      (roles) => judgeOne({ ...leaning, roles: roles as CollaboratorSpec['roles'] }).stance,
    );
    expect(stances).toEqual(['not-enough-data', 'dependent', 'dependent', 'not-enough-data']);
  });
});
