import { describe, expect, it } from 'vitest';
import {
  ANSWER_LABELS,
  DIMENSION_DESCRIPTIONS,
  DIMENSIONS,
  QUESTIONNAIRE,
  QUESTIONNAIRE_VERSION,
  QUESTIONNAIRES,
  compareScores,
  questionnaireOf,
  scoreAnswers,
  type Scores,
} from './questionnaire';

const everyItem = (answer: number) => Object.fromEntries(QUESTIONNAIRE.items.map(({ id }) => [id, answer]));

function scored(answers: Record<string, unknown>): Scores {
  const scoring = scoreAnswers(QUESTIONNAIRE_VERSION, answers);
  if (!scoring.ok) throw new Error(scoring.message);
  return scoring.scores;
}

describe('the questionnaire', () => {
  it('has 24 items with unique ids, three per stance and four per benefit, some reverse-keyed', () => {
    const { items } = QUESTIONNAIRE;
    expect(items).toHaveLength(24);
    expect(new Set(items.map(({ id }) => id)).size).toBe(24);
    for (const dimension of DIMENSIONS) {
      const own = items.filter((item) => item.dimension === dimension);
      expect(own.length, dimension).toBe(['knowledge', 'perspective', 'growth'].includes(dimension) ? 4 : 3);
      expect(own.filter((item) => item.reverse), dimension).toHaveLength(1);
      expect(DIMENSION_DESCRIPTIONS[dimension].tryThis.length, dimension).toBeGreaterThan(0);
    }
    expect(Object.keys(ANSWER_LABELS)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('is kept under its version, and every version stays readable', () => {
    expect(questionnaireOf(QUESTIONNAIRE_VERSION)).toBe(QUESTIONNAIRE);
    expect(Object.keys(QUESTIONNAIRES).map(Number)).toContain(1);
    expect(questionnaireOf(99)).toBeUndefined();
  });
});

describe('scoring', () => {
  it('all "strongly agree": 100 per item, reverse-keyed ones 0', () => {
    // A stance: 100 + 100 + 0 over 3 = 66.67 → 67. A benefit: 100 × 3 + 0 over 4 = 75.
    expect(scored(everyItem(5))).toEqual({
      stances: { independence: 67, dependence: 67, codependence: 67, interdependence: 67 },
      benefits: { knowledge: 75, perspective: 75, growth: 75 },
    });
  });

  it('all "strongly disagree": 0 per item, reverse-keyed ones 100', () => {
    // A stance: 0 + 0 + 100 over 3 = 33.33 → 33. A benefit: 100 over 4 = 25.
    expect(scored(everyItem(1))).toEqual({
      stances: { independence: 33, dependence: 33, codependence: 33, interdependence: 33 },
      benefits: { knowledge: 25, perspective: 25, growth: 25 },
    });
  });

  it('the middle answer is 50 either way round', () => {
    const scores = scored(everyItem(3));
    for (const value of [...Object.values(scores.stances), ...Object.values(scores.benefits)]) expect(value).toBe(50);
  });

  it('reverse keys: agreeing with a reverse-keyed item counts against its dimension', () => {
    const alone = { ...everyItem(3), 'alone-finish-first': 5, 'alone-work-it-out': 5, 'alone-ask-early': 1 };
    expect(scored(alone).stances.independence).toBe(100);
    const notAlone = { ...alone, 'alone-finish-first': 1, 'alone-work-it-out': 1, 'alone-ask-early': 5 };
    expect(scored(notAlone).stances.independence).toBe(0);
  });

  it('a mixed set, computed by hand', () => {
    const answers = {
      // independence: 75, 25, reverse 2 → 4 → 75: 175 / 3 = 58.33 → 58
      'alone-finish-first': 4,
      'alone-work-it-out': 2,
      'alone-ask-early': 2,
      // dependence: 0, 50, reverse 5 → 1 → 0: 50 / 3 = 16.67 → 17
      'lean-wait-for-go-ahead': 1,
      'lean-rather-they-do-it': 3,
      'lean-practise-alone': 5,
      // codependence: 100, 75, reverse 4 → 2 → 25: 200 / 3 = 66.67 → 67
      'onesided-needs-last': 5,
      'onesided-take-without-return': 4,
      'onesided-both-count': 4,
      // interdependence: 50, 75, reverse 1 → 5 → 100: 225 / 3 = 75
      'mutual-take-turns': 3,
      'mutual-weigh-feedback': 4,
      'mutual-collect-not-use': 1,
      // knowledge: 100, 75, 50, reverse 2 → 4 → 75: 300 / 4 = 75
      'knowledge-learn-from-better': 5,
      'knowledge-ask-how': 4,
      'knowledge-teach': 3,
      'knowledge-teach-myself': 2,
      // perspective: 25, 25, 0, reverse 5 → 1 → 0: 50 / 4 = 12.5 → 13 (halves up)
      'perspective-other-reading': 2,
      'perspective-critique-helps': 2,
      'perspective-debate': 1,
      'perspective-defend-first': 5,
      // growth: 75, 100, 100, reverse 3 → 50: 325 / 4 = 81.25 → 81
      'growth-encouragement': 4,
      'growth-accountability': 5,
      'growth-open-doors': 5,
      'growth-awkward-support': 3,
    };
    expect(scored(answers)).toEqual({
      stances: { independence: 58, dependence: 17, codependence: 67, interdependence: 75 },
      benefits: { knowledge: 75, perspective: 13, growth: 81 },
    });
  });

  it('refuses a partial set and says how many answers are missing', () => {
    const answers: Record<string, number> = everyItem(4);
    delete answers['growth-open-doors'];
    delete answers['alone-ask-early'];
    delete answers['mutual-take-turns'];
    const scoring = scoreAnswers(QUESTIONNAIRE_VERSION, answers);
    expect(scoring).toMatchObject({ ok: false, problem: 'missing', missing: 3 });
    expect(scoring.ok || scoring.message).toMatch(/^3 questions have no answer yet/);
    expect(scoreAnswers(QUESTIONNAIRE_VERSION, {})).toMatchObject({ ok: false, missing: 24 });
    const one = { ...everyItem(4) };
    delete one['perspective-debate'];
    expect(scoreAnswers(QUESTIONNAIRE_VERSION, one)).toMatchObject({ ok: false, message: expect.stringMatching(/^1 question has no answer yet/) });
  });

  it('refuses answers out of range and answers to questions it does not have', () => {
    for (const bad of [0, 6, 2.5, -1, Number.NaN, '4', null]) {
      expect(scoreAnswers(QUESTIONNAIRE_VERSION, { ...everyItem(3), 'growth-open-doors': bad }), String(bad)).toMatchObject({
        ok: false,
        problem: 'out-of-range',
        itemIds: ['growth-open-doors'],
      });
    }
    expect(scoreAnswers(QUESTIONNAIRE_VERSION, { ...everyItem(3), 'not-a-question': 3 })).toMatchObject({
      ok: false,
      problem: 'unknown-item',
      itemIds: ['not-a-question'],
    });
  });

  it('refuses a version it does not know instead of scoring with the wrong keys', () => {
    expect(scoreAnswers(99, everyItem(3))).toMatchObject({ ok: false, problem: 'unknown-version' });
  });
});

describe('comparing results', () => {
  const earlier = { questionnaireVersion: 1, scores: scored(everyItem(1)) };
  const later = { questionnaireVersion: 1, scores: scored(everyItem(5)) };

  it('gives the change on every dimension, later minus earlier', () => {
    const comparison = compareScores(earlier, later);
    expect(comparison.sameVersion).toBe(true);
    expect(comparison.note).toBeNull();
    expect(comparison.dimensions.map(({ dimension }) => dimension)).toEqual([...DIMENSIONS]);
    expect(comparison.dimensions[0]).toEqual({ dimension: 'independence', earlier: 33, later: 67, change: 34 });
    expect(comparison.dimensions[4]).toEqual({ dimension: 'knowledge', earlier: 25, later: 75, change: 50 });
  });

  it('compares results of different versions dimension by dimension only, and says so', () => {
    const comparison = compareScores(earlier, { ...later, questionnaireVersion: 2 });
    expect(comparison.sameVersion).toBe(false);
    expect(comparison.note).toMatch(/different versions of the questionnaire \(1 and 2\).*dimension by dimension only/);
    expect(comparison.dimensions).toHaveLength(DIMENSIONS.length);
  });
});
