import { BENEFITS, type Benefit } from '../entities/exchange';

/**
 * Counterpoint's reflective questionnaire: how the user sees the way they work with others.
 * Written for Counterpoint (no published clinical or research scale is reproduced); it reflects,
 * it never diagnoses.
 *
 * THE ITEMS. First-person statements, answered on a 5-point agreement scale (ANSWER_LABELS).
 * Each item belongs to one dimension: one of the four stances (DOMAIN.md) or one of the three
 * benefits it is openness to. Three items per stance, four per benefit: 24 in all, 7 of them
 * reverse-keyed (agreeing points away from the dimension).
 *
 * THE SCORING (scoreAnswers below).
 * 1. Every item of the version must have an answer, a whole number 1..5. A partial set cannot be
 *    scored: the refusal says how many answers are missing. An answer outside 1..5, or to an item
 *    the version does not have, is refused too.
 * 2. Reverse keys: a reverse-keyed item counts as 6 − answer (5 ↔ 1, 4 ↔ 2, 3 stays 3).
 * 3. Each keyed answer becomes (keyed − 1) / 4 × 100: 1 → 0, 2 → 25, 3 → 50, 4 → 75, 5 → 100.
 * 4. A dimension's score is the mean of its items' values, rounded to the nearest whole number
 *    (halves up): 0 = the statement of the dimension does not describe you at all, 100 = fully.
 *    A stance's score says how much the user sees themselves in it (a high "going it alone" is
 *    not a better or worse score than a low one); a benefit's score is how open they are to it.
 *
 * THE VERSION. A result stores the version it was answered on and is scored with that version's
 * items and keys, so a change to the items never silently mixes old and new results. Changing
 * the items means a new entry in QUESTIONNAIRES with the next version number: an item keeps its
 * id only while its words and its key stay the same (a reworded item gets a new id), and older
 * versions stay in the list so their results stay readable. Results of different versions are
 * compared dimension by dimension only, and compareScores says so.
 */

/** The four stances as the user describes themselves in them, in DOMAIN.md's order. */
export const SELF_STANCES = ['independence', 'dependence', 'codependence', 'interdependence'] as const;
export type SelfStance = (typeof SELF_STANCES)[number];

/** Every dimension a result is scored on: the four stances, then the three benefits. */
export const DIMENSIONS = [...SELF_STANCES, ...BENEFITS] as const;
export type Dimension = SelfStance | Benefit;

export const isSelfStance = (dimension: Dimension): dimension is SelfStance =>
  (SELF_STANCES as readonly string[]).includes(dimension);

export type Answer = 1 | 2 | 3 | 4 | 5;
export const ANSWER_MIN = 1;
export const ANSWER_MAX = 5;

export const ANSWER_LABELS: Record<Answer, string> = {
  1: 'Strongly disagree',
  2: 'Disagree',
  3: 'Neither agree nor disagree',
  4: 'Agree',
  5: 'Strongly agree',
};

export interface QuestionnaireItem {
  /** Stable: the same id always means the same words and the same key. */
  id: string;
  dimension: Dimension;
  /** Agreeing points away from the dimension: the answer counts as 6 − answer. */
  reverse: boolean;
  text: string;
}

export interface DimensionDescription {
  /** The product's words for it (DOMAIN.md), never a label for a person. */
  name: string;
  /** What the score is about, in a line. */
  about: string;
  high: string;
  low: string;
  /** One concrete thing to try this week. */
  tryThis: string;
}

export interface Questionnaire {
  version: number;
  /** In the order they are asked: the dimensions take turns so no run of items reads alike. */
  items: readonly QuestionnaireItem[];
}

/** Said before the first question and on every result: reflection, not diagnosis. */
export const FRAMING =
  'This is a reflection on how you like to work with others, in your own words. It is not a test and not a diagnosis: there are no right answers, and a score describes how you see yourself today, not who you are.';

export const DIMENSION_DESCRIPTIONS: Record<Dimension, DimensionDescription> = {
  independence: {
    name: 'Going it alone',
    about: 'How much you keep your work to yourself and work things out without input.',
    high: 'You trust your own judgement and keep going on your own. That is a strength, and it can also mean good help and fresh eyes arrive late, or not at all.',
    low: 'You bring others in readily: you show rough work and ask for a hand before a problem grows.',
    tryThis: 'Pick one piece that is still rough and show it to one person this week, with one question you would like them to answer.',
  },
  dependence: {
    name: 'Leaning',
    about: 'How much you rely on someone else’s go-ahead or hands to move your work forward.',
    high: 'You lean on the people who know more, which is a normal stage when you are learning. What matters is the direction: needing a little less each time.',
    low: 'You turn what you are shown into something you can do alone, and move on without waiting for a go-ahead.',
    tryThis: 'After your next lesson or tip, choose one thing from it and do it once on your own before you ask again.',
  },
  codependence: {
    name: 'One-sided giving and taking',
    about: 'How often your partnerships run one way: your needs counting less than theirs, or the other way round.',
    high: 'Some of your partnerships seem to run one way more than both. That can be generous, or a habit that leaves someone’s needs out; it is worth a look.',
    low: 'You see both people’s needs counting in your partnerships, and you give back what you take.',
    tryThis: 'Think of one partnership that feels lopsided and name, to yourself or to them, one thing you need from it.',
  },
  interdependence: {
    name: 'Mutual exchange',
    about: 'How much give and take flow both ways, and how much you weigh and use what you get.',
    high: 'Give and take flow both ways for you, and you put the feedback you receive to real use. This is the balance Counterpoint is about.',
    low: 'Exchange seems to run less both ways for you at the moment, or feedback tends to be collected more than used.',
    tryThis: 'Offer to swap: trade a listen, a read or a critique with someone whose work you respect.',
  },
  knowledge: {
    name: 'Openness to knowledge',
    about: 'How open you are to learning and sharing skills, technique, theory, craft and tools.',
    high: 'You like learning from people who know more and sharing what you know.',
    low: 'You prefer to find things out on your own, and may be missing shortcuts others could show you.',
    tryThis: 'Ask someone whose craft you admire how they did one specific thing.',
  },
  perspective: {
    name: 'Openness to perspective',
    about: 'How open you are to another view: critique, a different reading, a debate, an idea.',
    high: 'Other readings of your work interest you, even when they differ from what you meant.',
    low: 'Another view can feel more like a challenge than a gift right now.',
    tryThis: 'Next time someone questions a choice in your work, ask them one more question before you answer.',
  },
  growth: {
    name: 'Openness to growth',
    about: 'How open you are to support: encouragement, accountability, opportunities, introductions, credit.',
    high: 'You take support when it is offered, and let others cheer you on and open doors.',
    low: 'Accepting support, credit or opportunities may feel awkward for you.',
    tryThis: 'Tell one person a goal for the month and ask them to check in with you about it.',
  },
};

const item = (id: string, dimension: Dimension, text: string, reverse = false): QuestionnaireItem => ({
  id,
  dimension,
  reverse,
  text,
});

const VERSION_1: Questionnaire = {
  version: 1,
  items: [
    item('alone-finish-first', 'independence', 'I would rather finish a piece on my own than show it to anyone while it is still rough.'),
    item('lean-wait-for-go-ahead', 'dependence', 'I find it hard to take the next step in my work until someone I trust says it is right.'),
    item('onesided-needs-last', 'codependence', 'In my creative partnerships, my own needs tend to come last.'),
    item('mutual-take-turns', 'interdependence', 'The people I make things with and I take turns giving and getting help.'),
    item('knowledge-learn-from-better', 'knowledge', 'I enjoy learning a technique or a tool from someone who knows it better than I do.'),
    item('perspective-other-reading', 'perspective', 'I am curious how someone else reads or hears my work, even when it differs from what I meant.'),
    item('growth-encouragement', 'growth', 'Encouragement from others keeps me going when the work gets hard.'),

    item('alone-work-it-out', 'independence', 'When I get stuck, my first move is to keep working it out by myself.'),
    item('lean-rather-they-do-it', 'dependence', 'When someone more experienced shows me how, I would often rather they just did it for me.'),
    item('onesided-take-without-return', 'codependence', 'There is someone I mostly take from and rarely give back to.'),
    item('mutual-weigh-feedback', 'interdependence', 'When someone gives me feedback, I weigh it properly and use what fits, even when it stings.'),
    item('knowledge-ask-how', 'knowledge', 'When I see someone do something well, I ask them how they did it.'),
    item('perspective-critique-helps', 'perspective', 'Honest critique of my work helps me more than it hurts.'),
    item('growth-accountability', 'growth', 'I welcome someone checking in on whether I did what I said I would.'),

    item('alone-ask-early', 'independence', 'I ask someone for a hand early, before a problem has had time to grow.', true),
    item('lean-practise-alone', 'dependence', 'After a lesson or a tip, I practise it until I can do it without help.', true),
    item('onesided-both-count', 'codependence', 'In the partnerships I care about, what I need counts as much as what the other person needs.', true),
    item('mutual-collect-not-use', 'interdependence', 'I collect opinions on my work but rarely change anything because of them.', true),
    item('knowledge-teach', 'knowledge', 'I like showing others what I know about my craft.'),
    item('perspective-debate', 'perspective', 'I enjoy a good argument about ideas with people who see things differently.'),
    item('growth-open-doors', 'growth', 'I say yes when someone offers to introduce me or open a door for my work.'),

    item('knowledge-teach-myself', 'knowledge', 'I would rather teach myself from scratch than be shown by someone.', true),
    item('perspective-defend-first', 'perspective', 'When someone questions a choice in my work, my first reaction is to defend it.', true),
    item('growth-awkward-support', 'growth', 'I feel awkward accepting support, credit or opportunities from other people.', true),
  ],
};

/** Every version ever shipped, so an old result is always scored with its own items and keys. */
export const QUESTIONNAIRES: Readonly<Record<number, Questionnaire>> = { 1: VERSION_1 };

/** The version a new self-assessment is answered on. */
export const QUESTIONNAIRE_VERSION = 1;
export const QUESTIONNAIRE = VERSION_1;

export const questionnaireOf = (version: number): Questionnaire | undefined =>
  Object.prototype.hasOwnProperty.call(QUESTIONNAIRES, version) ? QUESTIONNAIRES[version] : undefined;

export interface Scores {
  stances: Record<SelfStance, number>;
  benefits: Record<Benefit, number>;
}

export type ScoringRefusal =
  | { problem: 'unknown-version'; message: string }
  | { problem: 'unknown-item'; message: string; itemIds: string[] }
  | { problem: 'out-of-range'; message: string; itemIds: string[] }
  | { problem: 'missing'; message: string; missing: number };

export type Scoring = { ok: true; scores: Scores } | ({ ok: false } & ScoringRefusal);

export const isAnswer = (value: unknown): value is Answer =>
  typeof value === 'number' && Number.isInteger(value) && value >= ANSWER_MIN && value <= ANSWER_MAX;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The refusal for answers that do not fit the version, or null when every answer is one of its items and in range. */
export function checkAnswers(version: number, answers: Readonly<Record<string, unknown>>): ScoringRefusal | null {
  const questionnaire = questionnaireOf(version);
  if (!questionnaire) {
    return { problem: 'unknown-version', message: `There is no questionnaire version ${version}; this result was written by a newer Counterpoint` };
  }
  const known = new Set(questionnaire.items.map(({ id }) => id));
  const unknown = Object.keys(answers).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    return { problem: 'unknown-item', itemIds: unknown, message: `Questionnaire version ${version} has no question "${unknown[0]}"` };
  }
  const outOfRange = Object.keys(answers).filter((id) => !isAnswer(answers[id]));
  if (outOfRange.length > 0) {
    return {
      problem: 'out-of-range',
      itemIds: outOfRange,
      message: `An answer is a whole number from ${ANSWER_MIN} (${ANSWER_LABELS[1].toLowerCase()}) to ${ANSWER_MAX} (${ANSWER_LABELS[5].toLowerCase()}); ${plural(outOfRange.length, 'answer is', 'answers are')} not`,
    };
  }
  return null;
}

/** How many of the version's items have no answer yet. */
export function missingCount(questionnaire: Questionnaire, answers: Readonly<Record<string, unknown>>): number {
  return questionnaire.items.filter(({ id }) => answers[id] === undefined).length;
}

const valueOf = (answer: Answer, reverse: boolean): number => ((reverse ? 6 - answer : answer) - 1) * 25;

/** The scores of a complete set of answers, or why it cannot be scored (the rules at the top of this file). */
export function scoreAnswers(version: number, answers: Readonly<Record<string, unknown>>): Scoring {
  const refusal = checkAnswers(version, answers);
  if (refusal) return { ok: false, ...refusal };
  const questionnaire = questionnaireOf(version) as Questionnaire;
  const missing = missingCount(questionnaire, answers);
  if (missing > 0) {
    return {
      ok: false,
      problem: 'missing',
      missing,
      message: `${plural(missing, 'question has', 'questions have')} no answer yet; a self-assessment is scored only when every question is answered`,
    };
  }
  const sums = new Map<Dimension, { total: number; count: number }>();
  for (const { id, dimension, reverse } of questionnaire.items) {
    const sum = sums.get(dimension) ?? { total: 0, count: 0 };
    sum.total += valueOf(answers[id] as Answer, reverse);
    sum.count += 1;
    sums.set(dimension, sum);
  }
  // Every value is a multiple of 25, so the mean is exact enough for Math.round's halves-up.
  const score = (dimension: Dimension) => {
    const sum = sums.get(dimension);
    return sum ? Math.round(sum.total / sum.count) : 0;
  };
  return {
    ok: true,
    scores: {
      stances: Object.fromEntries(SELF_STANCES.map((stance) => [stance, score(stance)])) as Record<SelfStance, number>,
      benefits: Object.fromEntries(BENEFITS.map((benefit) => [benefit, score(benefit)])) as Record<Benefit, number>,
    },
  };
}

export const scoreOf = (scores: Scores, dimension: Dimension): number =>
  isSelfStance(dimension) ? scores.stances[dimension] : scores.benefits[dimension];

export interface ScoredResult {
  questionnaireVersion: number;
  scores: Scores;
}

export interface ScoreComparison {
  sameVersion: boolean;
  /** Said beside the comparison when the two results were answered on different versions; null otherwise. */
  note: string | null;
  /** Dimension by dimension, later minus earlier. */
  dimensions: { dimension: Dimension; earlier: number; later: number; change: number }[];
}

/**
 * How a later result moved from an earlier one. Different versions are compared only dimension by
 * dimension (a dimension is scored the same way in each; the items behind it may differ), and the
 * note says so.
 */
export function compareScores(earlier: ScoredResult, later: ScoredResult): ScoreComparison {
  const sameVersion = earlier.questionnaireVersion === later.questionnaireVersion;
  return {
    sameVersion,
    note: sameVersion
      ? null
      : `These were answered on different versions of the questionnaire (${earlier.questionnaireVersion} and ${later.questionnaireVersion}), so they are compared dimension by dimension only; some questions differ.`,
    dimensions: DIMENSIONS.map((dimension) => {
      const before = scoreOf(earlier.scores, dimension);
      const after = scoreOf(later.scores, dimension);
      return { dimension, earlier: before, later: after, change: after - before };
    }),
  };
}
