import type { CollaboratorRole } from '../../shared/entities/collaborator';
import type { Benefit, Direction, ExchangeSource } from '../../shared/entities/exchange';

/**
 * What the pattern engine reads: aggregates the caller builds with SQL (grouped sums, counts and a
 * capped list of the entries behind them), never rows from a live connection. All directions are
 * from the user's point of view. Dates are ISO days 'YYYY-MM-DD', months 'YYYY-MM'.
 *
 * The caller limits what it sums to the window (SQL: `WHERE date BETWEEN from AND to`, then group
 * by month): the engine cannot split a month's sum by day. It does drop what it can see is
 * outside: cells of months outside the window, and entries, lessons, refs and input days dated
 * outside it, so a loose query for the evidence lists does no harm.
 */
export interface AnalysisInput {
  /** Both ends inclusive; build it with `windowEnding(today, settings.windowDays)`. */
  window: { from: string; to: string };
  collaborators: readonly CollaboratorAggregate[];
  /** Projects active in the window (as for activeSharedProjectIds). */
  activeProjects: readonly ActiveProjectInput[];
}

export interface CollaboratorAggregate {
  id: string;
  name: string;
  roles: readonly CollaboratorRole[];
  isGroup: boolean;
  /**
   * The day they were added to the library. Someone added less than a no-input stretch ago
   * (settings.noInputGapDays) has not had time to go quiet, so going-it-alone waits. Absent = long known.
   */
  knownSince?: string;
  /**
   * Projects this collaborator is on (project_members; the user is on every project) that are active
   * in the window: status active, started by the window's last day (or no start date) and not ended
   * before its first (or no end date). The only ground for going it alone (DOMAIN.md).
   */
  activeSharedProjectIds: readonly string[];
  /**
   * The ledger in the window grouped by month, direction and benefit: summed weight and number of
   * entries. Every exchange is here, lessons and feedback included (they are exchanges in the ledger).
   */
  months: readonly MonthlyCell[];
  /** The ledger entries behind `months`, newest first; the caller may cap the list (the counts stay authoritative). */
  exchanges: readonly ExchangeEntry[];
  needs: NeedsTally;
  /** Lessons with this collaborator in which the user was the learner, in the window. */
  learnerLessons: LearnerLessons;
  /** Feedback the user received from this collaborator, dated in the window. */
  receivedFeedback: FeedbackTally;
}

export interface MonthlyCell {
  month: string;
  direction: Direction;
  benefit: Benefit;
  /** Sum of weights (1..3 each). */
  weight: number;
  /** Number of ledger entries summed. */
  count: number;
}

/** One ledger row as evidence: `type` is the exchange's source, `id` its source_id (the help row's own id). */
export interface ExchangeEntry {
  type: ExchangeSource;
  id: string;
  date: string;
  direction: Direction;
  benefit: Benefit;
  weight: number;
}

export interface RequestOutcomeCounts {
  met: number;
  partlyMet: number;
  declined: number;
  ignored: number;
  pending: number;
}

/** Requests in the window: `yours` were asked by the user, `theirs` by the collaborator. */
export interface NeedsTally {
  yours: RequestOutcomeCounts;
  theirs: RequestOutcomeCounts;
  /** The requests behind the counts (possibly capped). */
  refs: readonly RequestRef[];
}

export interface RequestRef {
  id: string;
  /** The day it was asked. */
  date: string;
  askedBy: 'me' | 'them';
}

/**
 * Lessons as learner in the window, summed (what the learner path judges), with the newest of them
 * listed (the confidence line and the evidence), so the engine's work follows the people, not the lessons.
 */
export interface LearnerLessons {
  /** Every lesson as learner in the window. */
  count: number;
  /**
   * The rated ones (confidence not null), oldest first at positions 0, 1, 2, …: how many, the sum of
   * their confidence and the sum of position × confidence — the sums of confidence's least-squares slope.
   */
  rated: number;
  confidenceSum: number;
  confidencePositionSum: number;
  /** Practice assigned in those lessons, and done. */
  practiceTotal: number;
  practiceDone: number;
  /**
   * The newest lessons, oldest first: the confidence line and the evidence. The caller may cap the
   * list (the sums stay authoritative); their practice is in the sums, not here.
   */
  newest: readonly LearnerLessonRef[];
}

export interface LearnerLessonRef {
  id: string;
  date: string;
  /** "I could do this alone", 1..5; null when not rated. */
  confidence: number | null;
}

/** One lesson as learner with its practice: what the sums are summed from. */
export interface LearnerLesson extends LearnerLessonRef {
  practiceTotal: number;
  practiceDone: number;
}

export type FeedbackStatus = 'open' | 'applied' | 'partly-applied' | 'declined' | 'discussed';

export interface FeedbackTally {
  counts: { applied: number; partlyApplied: number; declined: number; discussed: number; open: number };
  /** The entries behind the counts (possibly capped). */
  refs: readonly { id: string; date: string; status: FeedbackStatus }[];
}

export interface ActiveProjectInput {
  id: string;
  title: string;
  /** Input before this day does not count as missing; null = active from the window's start. */
  startDate: string | null;
  /** Nor after this day (the project's end date); null = active to the window's end. */
  endDate: string | null;
  /** Distinct days with input received on the project: feedback received, a lesson as learner, help received. */
  inputDays: readonly string[];
}
