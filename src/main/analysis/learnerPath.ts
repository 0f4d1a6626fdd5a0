import type { EvidenceRef, LearnerPath, LearnerPathState } from '../../shared/entities/patterns';
import type { AnalysisSettings } from '../../shared/settings';
import { betaCdf } from './betaDistribution';
import { evidenceOfLists } from './evidence';
import { isMentorship } from './mentorship';
import type { CollaboratorAggregate, LearnerLesson, LearnerLessonRef, LearnerLessons } from './input';
import { above, atMost, below } from './tolerance';
import { formatShare, formatSlope, plural } from './wording';
import { inWindow, type ResolvedWindow } from './window';

/** Least-squares slope of values against their position 0, 1, 2, …; null for fewer than two values. */
export function slopePerStep(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  const meanX = (n - 1) / 2;
  let meanY = 0;
  for (const value of values) meanY += value / n;
  let covariance = 0;
  let varianceX = 0;
  values.forEach((value, x) => {
    covariance += (x - meanX) * (value - meanY);
    varianceX += (x - meanX) ** 2;
  });
  return covariance / varianceX;
}

/** Least-squares slope from the sums of n values at positions 0 … n−1: Σ value and Σ position × value (as slopePerStep). */
export function slopeFromSums(n: number, sum: number, positionSum: number): number | null {
  if (n < 2) return null;
  const meanX = (n - 1) / 2;
  return (positionSum - meanX * sum) / ((n * (n * n - 1)) / 12);
}

function oldestFirst(left: LearnerLessonRef, right: LearnerLessonRef): number {
  if (left.date !== right.date) return left.date < right.date ? -1 : 1;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

/**
 * A list of lessons as learner summed as the library sums them (patternAggregates.ts): those outside
 * the window dropped, the newest `limit` listed. For fixtures and for the test that compares the sums
 * with the lessons they come from.
 */
export function learnerLessonsOf(
  lessons: readonly LearnerLesson[],
  window: { from: string; to: string },
  limit = Number.POSITIVE_INFINITY,
): LearnerLessons {
  const inside = lessons.filter((lesson) => lesson.date >= window.from && lesson.date <= window.to).sort(oldestFirst);
  const summed: LearnerLessons = { count: inside.length, rated: 0, confidenceSum: 0, confidencePositionSum: 0, practiceTotal: 0, practiceDone: 0, newest: [] };
  for (const lesson of inside) {
    const total = Math.max(0, lesson.practiceTotal);
    summed.practiceTotal += total;
    summed.practiceDone += Math.min(Math.max(0, lesson.practiceDone), total);
    if (lesson.confidence === null) continue;
    summed.confidenceSum += lesson.confidence;
    summed.confidencePositionSum += summed.rated * lesson.confidence;
    summed.rated += 1;
  }
  return { ...summed, newest: inside.slice(Math.max(0, inside.length - limit)) };
}

/**
 * The learner's path out of dependence (DOMAIN.md): confidence to do it alone across lessons,
 * practice done, feedback applied. It belongs to the role, not to the lessons: present for a mentor
 * (lessons or not), and for a mentee the user took lessons from in the window; for anyone who is
 * neither, null — their lessons are ordinary knowledge exchanges in the balance.
 *
 * The state needs enough to judge: at least `dependenceMinSessions` lessons, two rated ones (for a
 * slope) and some practice assigned. Then: confidence not rising (slope ≤ the setting) and practice
 * done under the setting's rate = not yet standing alone; rising and practice at or above it =
 * toward standing alone; one without the other = mixed. Feedback applied is shown, not judged: not
 * every mentor gives written feedback. It reads the lessons' sums; the newest lessons it is given
 * are the confidence line and the evidence (their count is the total), so its work does not grow
 * with the log.
 */
export function learnerPathOf(
  collaborator: CollaboratorAggregate,
  window: ResolvedWindow,
  settings: AnalysisSettings,
): LearnerPath | null {
  if (!isMentorship(collaborator)) return null;
  const summed = collaborator.learnerLessons;
  if (summed.count === 0 && !collaborator.roles.includes('mentor')) return null;
  const inside = summed.newest.filter((lesson) => inWindow(window, lesson.date));
  // The caller lists them oldest first already: sorting is then only the check that they are.
  const newest = inside.every((lesson, index) => index === 0 || oldestFirst(inside[index - 1] as LearnerLessonRef, lesson) <= 0)
    ? inside
    : inside.sort(oldestFirst);
  const confidence: LearnerPath['confidence'] = [];
  const sessionRefs: EvidenceRef[] = [];
  for (const lesson of newest) {
    sessionRefs.push({ type: 'lesson', id: lesson.id, date: lesson.date });
    if (lesson.confidence !== null) confidence.push({ lessonId: lesson.id, date: lesson.date, confidence: lesson.confidence });
  }
  const confidenceSlope = slopeFromSums(summed.rated, summed.confidenceSum, summed.confidencePositionSum);
  const { practiceTotal, practiceDone } = summed;
  const practiceDoneRate = practiceTotal > 0 ? practiceDone / practiceTotal : null;
  const feedback = { ...collaborator.receivedFeedback.counts };
  const feedbackResolved = feedback.applied + feedback.partlyApplied + feedback.declined + feedback.discussed;
  const feedbackAppliedRate =
    feedbackResolved > 0 ? (feedback.applied + feedback.partlyApplied / 2) / feedbackResolved : null;
  const maxSlope = settings.dependenceMaxConfidenceSlope;
  const standingAloneTrend =
    confidenceSlope === null
      ? null
      : above(confidenceSlope, maxSlope)
        ? 'rising'
        : below(confidenceSlope, -maxSlope)
          ? 'falling'
          : 'steady';
  const state = stateOf(summed.count, confidenceSlope, practiceDoneRate, settings);
  const feedbackRefs = collaborator.receivedFeedback.refs
    .filter((entry) => entry.status !== 'open' && inWindow(window, entry.date))
    .map((entry) => ({ type: 'feedback' as const, id: entry.id, date: entry.date }));
  const path: Omit<LearnerPath, 'sentence'> = {
    state,
    lessons: summed.count,
    ratedLessons: summed.rated,
    confidence,
    confidenceSlope,
    standingAloneTrend,
    practiceTotal,
    practiceDone,
    practiceDoneRate,
    feedback,
    feedbackAppliedRate,
    evidence: evidenceOfLists([sessionRefs, feedbackRefs], summed.count + feedbackResolved),
  };
  return { ...path, sentence: learnerPathSentence(path, window, settings) };
}

function stateOf(
  lessons: number,
  slope: number | null,
  practiceRate: number | null,
  settings: AnalysisSettings,
): LearnerPathState {
  if (lessons < settings.dependenceMinSessions || slope === null || practiceRate === null) return 'too-little-data';
  const notRising = atMost(slope, settings.dependenceMaxConfidenceSlope);
  const lowPractice = below(practiceRate, settings.dependenceMaxPracticeDoneRate);
  if (notRising && lowPractice) return 'not-yet-standing-alone';
  if (!notRising && !lowPractice) return 'toward-standing-alone';
  return 'mixed';
}

/**
 * How sure a learner-path state is: the probability that the true practice-done rate is on the
 * side of the setting the state claims, with the rate as Beta(1 + done, 1 + not done).
 */
export function learnerPathConfidence(path: LearnerPath, settings: AnalysisSettings): number {
  const massBelow = betaCdf(
    settings.dependenceMaxPracticeDoneRate,
    1 + path.practiceDone,
    1 + path.practiceTotal - path.practiceDone,
  );
  return path.state === 'not-yet-standing-alone' ? massBelow : 1 - massBelow;
}

/** The confidence and practice clause shared by the learner path and the relationship sentence. */
export function lessonsClause(path: Omit<LearnerPath, 'sentence'>, settings: AnalysisSettings): string {
  const parts: string[] = [];
  const first = path.confidence[0];
  const last = path.confidence[path.confidence.length - 1];
  if (path.confidenceSlope !== null && first && last) {
    const rose = above(path.confidenceSlope, settings.dependenceMaxConfidenceSlope);
    parts.push(
      `your confidence to do it alone ${rose ? 'rose' : 'did not rise'} (${first.confidence} to ${last.confidence}, ` +
        `${formatSlope(path.confidenceSlope)} per rated lesson)`,
    );
  } else {
    parts.push(path.confidence.length === 1 ? 'your confidence to do it alone was rated once' : 'your confidence to do it alone was not rated');
  }
  parts.push(
    path.practiceDoneRate === null
      ? 'no practice was assigned'
      : `${path.practiceDone} of ${plural(path.practiceTotal, 'practice item')} ${path.practiceDone === 1 ? 'was' : 'were'} done (${formatShare(path.practiceDoneRate)})`,
  );
  return parts.join(' and ');
}

function learnerPathSentence(
  path: Omit<LearnerPath, 'sentence'>,
  window: ResolvedWindow,
  settings: AnalysisSettings,
): string {
  if (path.lessons === 0) return `No lessons with you as the learner in ${window.label}.`;
  const feedback =
    path.feedbackAppliedRate === null
      ? ''
      : `; of the feedback received, the applied rate is ${formatShare(path.feedbackAppliedRate)} (partly applied counts half)`;
  const verdict: Record<LearnerPathState, string> = {
    'not-yet-standing-alone': 'not yet standing alone',
    'toward-standing-alone': 'heading toward standing alone',
    mixed: 'a mixed picture so far',
    'too-little-data': `too little to judge yet (at least ${plural(settings.dependenceMinSessions, 'lesson')}, two rated and some practice)`,
  };
  return (
    `Over ${plural(path.lessons, 'lesson')} in ${window.label}, ${lessonsClause(path, settings)}${feedback} — ` +
    `${verdict[path.state]}.`
  );
}
