import type { Benefit, Direction, Initiator, Weight } from './entities/exchange';
import type { FeedbackKind } from './entities/feedback';
import type { LessonRole } from './entities/lesson';

/**
 * How feedback entries and lessons count in the give/take ledger by default (docs/LEDGER.md).
 * Pure, so the main process derives the ledger from it and a form can preview "counts as …".
 */

export const FEEDBACK_BENEFIT: Record<FeedbackKind, Benefit> = {
  technical: 'knowledge',
  critique: 'perspective',
  perspective: 'perspective',
  encouragement: 'growth',
};

/** Every piece of feedback is a medium exchange unless the entry says otherwise. */
export const FEEDBACK_WEIGHT: Weight = 2;

/** A lesson carries knowledge by default. */
export const LESSON_BENEFIT: Benefit = 'knowledge';

/** Under 45 minutes small, 45 to 90 medium, over 90 large. */
export function lessonWeight(durationMin: number): Weight {
  if (durationMin < 45) return 1;
  return durationMin <= 90 ? 2 : 3;
}

export interface LedgerShare {
  direction: Direction;
  benefit: Benefit;
  weight: Weight;
  initiatedBy: Initiator;
}

interface Overrides {
  benefitOverride: Benefit | null;
  weightOverride: Weight | null;
}

export function feedbackShare(entry: Overrides & { direction: Direction; kind: FeedbackKind }): LedgerShare {
  return {
    direction: entry.direction,
    benefit: entry.benefitOverride ?? FEEDBACK_BENEFIT[entry.kind],
    weight: entry.weightOverride ?? FEEDBACK_WEIGHT,
    // Feedback is volunteered by whoever gives it.
    initiatedBy: entry.direction === 'given' ? 'me' : 'them',
  };
}

/** What a lesson counts as, whatever the user's role in it. */
export function lessonValue(lesson: Overrides & { durationMin: number }): { benefit: Benefit; weight: Weight } {
  return {
    benefit: lesson.benefitOverride ?? LESSON_BENEFIT,
    weight: lesson.weightOverride ?? lessonWeight(lesson.durationMin),
  };
}

/** A learner receives, a teacher gives (asked by the learner), peers both give and receive. */
export function lessonShares(lesson: Overrides & { userRole: LessonRole; durationMin: number }): LedgerShare[] {
  const { benefit, weight } = lessonValue(lesson);
  switch (lesson.userRole) {
    case 'learner':
      return [{ direction: 'received', benefit, weight, initiatedBy: 'me' }];
    case 'teacher':
      return [{ direction: 'given', benefit, weight, initiatedBy: 'them' }];
    case 'peers':
      return [
        { direction: 'given', benefit, weight, initiatedBy: 'me' },
        { direction: 'received', benefit, weight, initiatedBy: 'me' },
      ];
  }
}
