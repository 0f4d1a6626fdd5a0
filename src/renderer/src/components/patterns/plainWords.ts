import { BENEFITS, type Benefit } from '../../../../shared/entities/exchange';
import type {
  LearnerPath,
  NeedsGapFlag,
  NeedsSummary,
  PortfolioFinding,
  RelationshipFinding,
  TrendDirection,
  TrendFlag,
} from '../../../../shared/entities/patterns';
import { plural } from '../../format';
import { firstName } from './patternWords';

/**
 * Plain words first, numbers on demand: each finding as a sentence a newcomer reads without a
 * statistics course, built from the same fields the pictures draw. The engine's own sentence, with
 * its shares and intervals, stays one click away under "Show the numbers". The words describe the
 * log, never the person (DOMAIN.md): balanced, going it alone, leaning, one-sided.
 */

/** Under this confidence a balanced reading is said to rest on few entries: the same line as "Fairly sure". */
const SURE_ENOUGH = 0.8;

/** A share of the give and take far enough from even to say which way a balanced one tips. */
const TIPS = 0.05;

/** A rate as a quantity word: 1 → "all", 0.13 → "few". */
export function portionWords(rate: number): string {
  if (rate >= 0.995) return 'all';
  if (rate >= 0.7) return 'most';
  if (rate >= 0.4) return 'about half';
  if (rate >= 0.2) return 'some';
  if (rate > 0) return 'few';
  return 'none';
}

/** Where a give share sits against the balanced band: "about even", "more from you", "more from them". */
export function shareSide(giveShare: number, band: { low: number; high: number }): string {
  if (giveShare > band.high) return 'more from you';
  if (giveShare < band.low) return 'more from them';
  return 'about even';
}

/** The same with the tilt inside the band: "about even, a little more from you". */
export function shareWords(giveShare: number, band: { low: number; high: number }): string {
  const side = shareSide(giveShare, band);
  if (side !== 'about even') return side;
  if (giveShare > 0.5 + TIPS) return 'about even, a little more from you';
  if (giveShare < 0.5 - TIPS) return 'about even, a little more from them';
  return side;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type RelationshipWordsInput = Pick<
  RelationshipFinding,
  'stance' | 'basis' | 'leaning' | 'confidence' | 'giveShare' | 'give' | 'receive' | 'evidence' | 'needsGap' | 'learnerPath' | 'collaborator'
>;

/** The relationship's lead sentence, in the words of the stance it points to. */
export function relationshipWords(finding: RelationshipWordsInput): string {
  const they = firstName(finding.collaborator.name);
  switch (finding.basis) {
    case 'learner-path':
      return finding.learnerPath ? learnerHeadline(finding.learnerPath) : 'Lessons are judged by your path as a learner.';
    case 'no-exchange':
      return (
        `Nothing passed between you and ${they} in this window, though ` +
        `${finding.evidence.total > 0 ? 'you share active work' : 'the relationship is an active one'} — this looks like going it alone.`
      );
    case 'too-little-weight':
      return finding.give + finding.receive === 0 || finding.evidence.total === 0
        ? `Nothing exchanged with ${they} in this window yet — not enough to say how it balances.`
        : `Only ${plural(finding.evidence.total, 'entry', 'entries')} with ${they} so far — not enough yet to say how it balances.`;
    case 'needs-gap':
      return finding.needsGap ? needsGapHeadline(finding.needsGap, they) : balanceWords(finding, they);
    case 'balance':
      return balanceWords(finding, they);
  }
}

function balanceWords(finding: RelationshipWordsInput, they: string): string {
  switch (finding.stance) {
    case 'one-sided-giving':
      return `Far more comes from you than from ${they} — this looks one-sided, you giving.`;
    case 'one-sided-taking':
      return `Far more comes from ${they} than from you — this looks one-sided, you receiving.`;
    case 'not-enough-data':
      return finding.leaning
        ? `Leaning toward you ${finding.leaning === 'giving' ? 'giving' : 'receiving'}, but too few entries yet to be sure.`
        : 'Not enough logged yet to say how this balances.';
    default: {
      const share = finding.giveShare ?? 0.5;
      const tip = share > 0.5 + TIPS ? ', a little more from you' : share < 0.5 - TIPS ? `, a little more from ${they}` : '';
      return finding.confidence >= SURE_ENOUGH
        ? `About even${tip}: give and take both flow — this looks balanced.`
        : `About even${tip}, but few entries yet — it looks balanced so far.`;
    }
  }
}

function needsGapHeadline(gap: Pick<NeedsGapFlag, 'whoseNeedsCountMore'>, they: string): string {
  const theirs = gap.whoseNeedsCountMore === 'theirs';
  return (
    `Give and take are about even, but ${theirs ? `${they}’s requests are` : 'your requests are'} met far more often ` +
    `than ${theirs ? 'yours' : 'theirs'} — this looks one-sided all the same, you ${theirs ? 'giving' : 'receiving'}.`
  );
}

/** "Few of your 4 requests were met; all of their 4." — the needs side in words, from the same summary the picture draws. */
export function needsWords(needs: Pick<NeedsSummary, 'yourMetRate' | 'theirMetRate' | 'yourResolved' | 'theirResolved'>): string {
  const side = (rate: number | null, resolved: number, whose: 'your' | 'their') =>
    rate === null ? `none of ${whose} requests settled yet` : `${portionWords(rate)} of ${whose} ${plural(resolved, 'request')} met`;
  return `${capitalise(side(needs.yourMetRate, needs.yourResolved, 'your'))}; ${side(needs.theirMetRate, needs.theirResolved, 'their')}.`;
}

export const NEEDS_GAP_TITLE: Record<NeedsGapFlag['whoseNeedsCountMore'], string> = {
  theirs: 'Their needs seem to count more',
  yours: 'Your needs seem to count more',
};

export const TREND_TITLE: Record<TrendDirection, string> = {
  rising: 'You have been giving more lately',
  falling: 'You have been giving less lately',
  steady: 'Give and take steady',
};

const percentOf = (share: number) => `${Math.round(share * 100)}%`;

/** The halves of the window in words: "About 67% came from you in the first half, 33% in the second." */
export function trendWords(flag: Pick<TrendFlag, 'firstHalfGiveShare' | 'secondHalfGiveShare'>): string {
  return (
    `About ${percentOf(flag.firstHalfGiveShare)} of the give and take came from you in the first half of the window, ` +
    `${percentOf(flag.secondHalfGiveShare)} in the second.`
  );
}

/** "0 of 1 practice item done"; "No practice set yet". */
export function practiceWords(path: Pick<LearnerPath, 'practiceDone' | 'practiceTotal'>): string {
  if (path.practiceTotal === 0) return 'No practice set yet';
  return `${path.practiceDone} of ${plural(path.practiceTotal, 'practice item')} done`;
}

/** "2 of 3 pieces of feedback applied, 1 in part"; "No feedback from them settled yet". */
export function feedbackAppliedWords(path: Pick<LearnerPath, 'feedback'>): string {
  const { applied, partlyApplied, declined, discussed } = path.feedback;
  const resolved = applied + partlyApplied + declined + discussed;
  if (resolved === 0) return 'No feedback from them settled yet';
  const used = applied + partlyApplied;
  return `${used} of ${resolved} ${resolved === 1 ? 'piece' : 'pieces'} of feedback applied${partlyApplied > 0 ? `, ${partlyApplied} in part` : ''}`;
}

/** The standing-alone trend: the direction of confidence-to-do-it-alone across rated lessons. */
export function confidenceTrendWords(trend: TrendDirection | null): string {
  switch (trend) {
    case 'rising':
      return 'Confidence to do it alone is rising across lessons';
    case 'falling':
      return 'Confidence to do it alone is falling across lessons';
    case 'steady':
      return 'Confidence to do it alone is holding steady';
    case null:
      return 'Too few rated lessons to see a direction';
  }
}

/** The learner path's lead sentence: the direction, then practice, in a person's words. */
export function learnerHeadline(path: LearnerPath): string {
  const practice = practiceWords(path).toLowerCase();
  switch (path.state) {
    case 'not-yet-standing-alone':
      return `${confidenceTrendWords(path.standingAloneTrend)}, and ${practice} — this looks like leaning on the lessons for now, not yet standing alone.`;
    case 'toward-standing-alone':
      return `${confidenceTrendWords(path.standingAloneTrend)}, and ${practice} — this looks like a path toward standing alone.`;
    case 'mixed':
      return `${confidenceTrendWords(path.standingAloneTrend)}, and ${practice} — a mixed picture so far.`;
    case 'too-little-data':
      return path.lessons === 0
        ? 'No lessons with you as the learner in this window yet.'
        : `${plural(path.lessons, 'lesson')} so far, ${practice} — too early to see a direction.`;
  }
}

/** What each benefit covers (DOMAIN.md), for "No growth received". */
export const BENEFIT_EXAMPLES: Record<Benefit, string> = {
  knowledge: 'skills, technique, craft',
  perspective: 'critique, another reading, ideas',
  growth: 'encouragement, opportunities, hands-on help',
};

const joinWords = (words: string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

/** A portfolio finding's lead sentence. */
export function portfolioWords(finding: PortfolioFinding): string {
  switch (finding.kind) {
    case 'support-concentration': {
      const main = finding.mainSource;
      if (finding.stance === 'not-enough-data' || main === null) return 'Too little received yet to say where your support comes from.';
      if (finding.stance === 'interdependent') {
        return `Your support comes from ${plural(finding.sources.length, 'source')}, none of them most of it — the largest is ${main.name}.`;
      }
      return main.share > 0.5
        ? `Most of your support comes from one source: ${main.name}.`
        : `Your support comes from a few sources: ${joinWords(finding.sources.slice(0, 3).map((source) => source.name))}.`;
    }
    case 'missing-benefits': {
      if (finding.stance === 'not-enough-data') return 'Too little logged yet to say which kinds of input reach you.';
      if (finding.missing.length === 0) return 'You received all three kinds of input: knowledge, perspective and growth.';
      if (finding.missing.length === BENEFITS.length) return 'Nothing came your way in this window — no knowledge, perspective or growth.';
      return `No ${joinWords(finding.missing.map((benefit) => `${benefit} (${BENEFIT_EXAMPLES[benefit]})`))} came your way in this window.`;
    }
    case 'no-input-stretches': {
      if (finding.stance === 'not-enough-data') {
        return finding.activeProjects === 0
          ? 'No project is marked active, so there is no active work to look at.'
          : 'The window is too short yet to show a stretch without input.';
      }
      const longest = finding.stretches[0];
      if (!longest) return 'Every active project had input regularly.';
      return finding.stretches.length === 1
        ? `${longest.projectTitle} went ${plural(longest.days, 'day')} without any input.`
        : `${plural(finding.stretches.length, 'stretch', 'stretches')} of active work went without any input; the longest, on ${longest.projectTitle}, ${plural(longest.days, 'day')}.`;
    }
    case 'declined-feedback': {
      if (finding.stance === 'not-enough-data') return 'Too little feedback settled yet to say how you use it.';
      return finding.stance === 'interdependent'
        ? 'Most feedback you received was applied, in full or in part, or discussed: it is being weighed and used.'
        : `You declined most of the feedback you received (${finding.outcomes.declined} of ${finding.resolved}) — a sign of going it alone.`;
    }
  }
}

/** What each number under "Show the numbers" means, in a line. */
export const NUMBER_MEANING = {
  give: 'The weight of what you gave: small 1, medium 2, large 3.',
  receive: 'The weight of what you received, counted the same way.',
  giveShare: 'Your part of everything exchanged: 0.50 is even, 1.00 all from you, 0.00 all from them.',
  interval: 'Where the true share probably lies, given how few entries there are: the fewer, the wider.',
  band: 'A give share inside this range counts as balanced.',
  howSure: 'The chance that the pattern named really holds, given the entries so far.',
  metRate: 'Requests met count 1, partly met ½, over the requests settled; pending ones are left out.',
  needsGap: 'The difference between the two met rates, and how sure it is that one side’s are really met more often.',
  trend: 'The give share in the first and the second half of the window, and how sure the change is.',
  concentration: 'How much of the support you received comes from one place: 1.00 is all from one source.',
  declinedShare: 'The part of the feedback you settled that you declined.',
  receivedByKind: 'The weight received of each kind of input, every entry counted small 1, medium 2, large 3.',
  activeProjects: (days: number) => `Projects marked active; a stretch of ${days} days or more with no input on one is named.`,
  practiceRate: 'Practice items done, over those set.',
  appliedRate: 'Feedback applied, over the feedback settled; partly applied counts ½.',
  confidenceSlope: 'How much confidence to do it alone (1–5) moved from one rated lesson to the next, on average.',
} as const;
