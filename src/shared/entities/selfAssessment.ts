import { z } from 'zod';
import { DIMENSIONS, SELF_STANCES, ANSWER_MAX, ANSWER_MIN } from '../selfAssessment/questionnaire';
import { Id, Timestamp } from './common';
import { BENEFITS } from './exchange';
import { Evidence, PatternWindow } from './patterns';
import { Text } from './text';

/**
 * A self-assessment: the user's answers to the reflective questionnaire
 * (src/shared/selfAssessment/questionnaire.ts), one in progress at most, then completed and kept
 * as a result. It has no person or project and is not an exchange.
 */

const ANSWER_MESSAGE = `An answer is a whole number from ${ANSWER_MIN} (strongly disagree) to ${ANSWER_MAX} (strongly agree)`;

export const AnswerValue = z
  .number({ message: ANSWER_MESSAGE })
  .int({ message: ANSWER_MESSAGE })
  .min(ANSWER_MIN, { message: ANSWER_MESSAGE })
  .max(ANSWER_MAX, { message: ANSWER_MESSAGE });

/** The answers given so far, by item id. */
export const Answers = z.record(Text, AnswerValue);
export type Answers = z.infer<typeof Answers>;

export const SelfStance = z.enum(SELF_STANCES);
export const Dimension = z.enum(DIMENSIONS);

const Score = z.number().int().min(0).max(100);

export const SelfAssessmentScores = z.object({
  stances: z.object(Object.fromEntries(SELF_STANCES.map((stance) => [stance, Score])) as Record<(typeof SELF_STANCES)[number], typeof Score>),
  benefits: z.object(Object.fromEntries(BENEFITS.map((benefit) => [benefit, Score])) as Record<(typeof BENEFITS)[number], typeof Score>),
});
export type SelfAssessmentScores = z.infer<typeof SelfAssessmentScores>;

const QuestionnaireVersion = z.number().int().positive();

/** The one in progress: what `selfAssessments.current` and `selfAssessments.answer` return. */
export const SelfAssessmentDraft = z.object({
  id: Id,
  questionnaireVersion: QuestionnaireVersion,
  answers: Answers,
  startedAt: Timestamp,
  updatedAt: Timestamp,
});
export type SelfAssessmentDraft = z.infer<typeof SelfAssessmentDraft>;

/** One self-assessment, in progress (completedAt and scores null) or completed; deleted ones have deletedAt. */
export const SelfAssessment = z.object({
  id: Id,
  questionnaireVersion: QuestionnaireVersion,
  answers: Answers,
  startedAt: Timestamp,
  completedAt: Timestamp.nullable(),
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
  /** Scored with its own version's items and keys; null while in progress. */
  scores: SelfAssessmentScores.nullable(),
});
export type SelfAssessment = z.infer<typeof SelfAssessment>;

/** A completed one in the history (newest first): what the history chart reads. */
export const SelfAssessmentSummary = z.object({
  id: Id,
  questionnaireVersion: QuestionnaireVersion,
  completedAt: Timestamp,
  scores: SelfAssessmentScores,
});
export type SelfAssessmentSummary = z.infer<typeof SelfAssessmentSummary>;

export const AnswerInput = z.strictObject({
  itemId: Text.min(1, { message: 'Say which question this answers' }).max(100, { message: 'That question is not in the questionnaire' }),
  /** null clears the answer. */
  answer: AnswerValue.nullable(),
});

/**
 * How the self-view and the log compare on one dimension: 'agree' and 'differ' only where the log
 * holds enough to say (the engine's own minimum-evidence settings); otherwise 'too-little-log'.
 */
export const BesideLogVerdict = z.enum(['agree', 'differ', 'too-little-log']);
export type BesideLogVerdict = z.infer<typeof BesideLogVerdict>;

/** Where a score or a log signal sits: ≥ 60 high, ≤ 40 low, else middle (the log's levels: see api/selfAssessmentsBesideLog.ts). */
export const Level = z.enum(['low', 'middle', 'high']);
export type Level = z.infer<typeof Level>;

/** One number behind a comparison, with its words: "Requests you made" 2. */
export const LogMeasure = z.object({
  label: z.string(),
  /** null when it cannot be worked out (a share of nothing). */
  value: z.number().nullable(),
  /** 'count', 'share' (0..1) or 'weight' (small 1, medium 2, large 3, summed). */
  unit: z.enum(['count', 'share', 'weight']),
});
export type LogMeasure = z.infer<typeof LogMeasure>;

export const BesideLogComparison = z.object({
  dimension: Dimension,
  selfScore: Score,
  selfLevel: Level,
  /** Where the log puts the user on this dimension; null with too little log. */
  logLevel: Level.nullable(),
  verdict: BesideLogVerdict,
  /** One plain sentence with the numbers: the self-view, then the log. */
  sentence: z.string(),
  measures: z.array(LogMeasure),
  /** How many log entries the numbers rest on. */
  entries: z.number().int().nonnegative(),
  evidence: Evidence,
});
export type BesideLogComparison = z.infer<typeof BesideLogComparison>;

export const BesideLog = z.object({
  id: Id,
  questionnaireVersion: QuestionnaireVersion,
  window: PatternWindow,
  /** The four stances, then the three benefits (DIMENSIONS' order). */
  comparisons: z.array(BesideLogComparison),
});
export type BesideLog = z.infer<typeof BesideLog>;
