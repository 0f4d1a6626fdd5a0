import type { Evidence, LearnerPath, RelationshipFinding, Stance, StanceBasis } from '../../shared/entities/patterns';
import type { AnalysisSettings } from '../../shared/settings';
import { judgeBalance, type BalanceJudgement, type ExchangeTally } from './balance';
import { combineEvidence, evidenceOf } from './evidence';
import type { CollaboratorAggregate } from './input';
import { learnerPathConfidence, learnerPathOf, lessonsClause } from './learnerPath';
import { needsGapFlag, summarizeNeeds } from './needs';
import { trendFlag } from './trend';
import { formatLevel, formatShare, formatWeight, plural } from './wording';
import { dayNumber, type ResolvedWindow } from './window';

interface Verdict {
  stance: Stance;
  basis: StanceBasis;
  confidence: number;
  leaning: RelationshipFinding['leaning'];
  sentence: string;
  evidence: Evidence;
}

/**
 * One relationship's stance for the window. Exactly one rule decides, tried in this order:
 *
 * 1. learner-path, dependent — with a mentor or mentee (mentorship.ts), the user's lessons show
 *    confidence not rising and practice under the setting's rate (learnerPath.ts). First because it
 *    describes the relationship more specifically than any balance of weights. With anyone else
 *    there is no learner path: lessons are ordinary knowledge exchanges.
 * 2. no-exchange, going-it-alone — shared active work (a project both are on that is active in the
 *    window: the caller's activeSharedProjectIds) with no exchange at all in the window, lessons
 *    included, with someone known for at least a no-input stretch (noInputGapDays): a person added
 *    last week has not gone quiet. A role (peer, mentor, …) is not active work: without a shared
 *    project the relationship is simply quiet, rule 3.
 * 3. too-little-weight — give + receive (after the mentor exception) under the minimum weight:
 *    not-enough-data; except that with a mentor's learner path heading toward standing alone the
 *    relationship is interdependent (basis learner-path), because with a mentor the path, not the
 *    weights, is what DOMAIN.md judges.
 * 4. balance — the give share against the band: inside = interdependent; outside with the whole
 *    interval outside = one-sided; outside with the interval reaching in = not-enough-data,
 *    leaning that way.
 * 5. needs-gap — a balanced exchange with a needs gap is one-sided all the same, toward the side
 *    whose needs count more. Only a balanced exchange is overridden: a one-sided or uncertain
 *    exchange keeps its stance and shows the gap as a flag.
 *
 * Confidence: for the balance rules the posterior probability, under Beta(1 + give, 1 + receive),
 * that the give share lies where the stance says (inside the band; above it for giving or leaning
 * giving; below it for taking or leaning taking). For too little weight 0: nothing is claimed. For
 * no exchange 1: it is a fact of the log, not an estimate. For the learner path and the needs gap,
 * see learnerPathConfidence and needsGapFlag.
 */
export function judgeRelationship(
  collaborator: CollaboratorAggregate,
  tally: ExchangeTally,
  window: ResolvedWindow,
  settings: AnalysisSettings,
): RelationshipFinding {
  const balance = judgeBalance(tally.give, tally.receive, settings);
  const needs = summarizeNeeds(collaborator.needs);
  const needsGap = needsGapFlag(collaborator.needs, needs, window, settings);
  const trend = trendFlag(tally.firstHalf, tally.secondHalf, tally.balanceEvidence, window, settings);
  const learnerPath = learnerPathOf(collaborator, window, settings);
  const verdict = decide(collaborator, tally, balance, needsGap, learnerPath, window, settings);
  // Field by field rather than spread: a spread builds the finding one property at a time, per relationship.
  return {
    stance: verdict.stance,
    basis: verdict.basis,
    confidence: verdict.confidence,
    leaning: verdict.leaning,
    sentence: verdict.sentence,
    evidence: verdict.evidence,
    collaborator: {
      id: collaborator.id,
      name: collaborator.name,
      roles: [...collaborator.roles],
      isGroup: collaborator.isGroup,
    },
    give: tally.give,
    receive: tally.receive,
    giveShare: balance.giveShare,
    interval: balance.interval,
    excludedBenefits: tally.excludedBenefits,
    needs,
    needsGap,
    trend,
    learnerPath,
    exchangeCount: tally.entries,
    months: tally.months,
  };
}

function decide(
  collaborator: CollaboratorAggregate,
  tally: ExchangeTally,
  balance: BalanceJudgement,
  needsGap: RelationshipFinding['needsGap'],
  learnerPath: LearnerPath | null,
  window: ResolvedWindow,
  settings: AnalysisSettings,
): Verdict {
  if (learnerPath?.state === 'not-yet-standing-alone') {
    return {
      stance: 'dependent',
      basis: 'learner-path',
      confidence: learnerPathConfidence(learnerPath, settings),
      leaning: null,
      sentence:
        `In ${window.label}, over ${plural(learnerPath.lessons, 'lesson')}, ${lessonsClause(learnerPath, settings)} — ` +
        'this looks like leaning on the lessons, not yet standing alone.',
      evidence: learnerPath.evidence,
    };
  }
  const activeReason = activeRelationshipReason(collaborator);
  const lessonsInWindow = collaborator.learnerLessons.count > 0;
  const knownLongEnough =
    collaborator.knownSince === undefined ||
    window.toDay - dayNumber(collaborator.knownSince) >= settings.noInputGapDays;
  if (tally.entries === 0 && !lessonsInWindow && activeReason !== null && knownLongEnough) {
    const projects = collaborator.activeSharedProjectIds.map((id) => ({ type: 'project' as const, id, date: null }));
    return {
      stance: 'going-it-alone',
      basis: 'no-exchange',
      confidence: 1,
      leaning: null,
      sentence: `In ${window.label} there was no exchange at all, though ${activeReason} — this looks like going it alone.`,
      evidence: evidenceOf(projects, projects.length),
    };
  }
  const exchange = exchangeClause(collaborator, tally, window);
  if (tally.give + tally.receive < settings.minimumWeight) {
    if (learnerPath?.state === 'toward-standing-alone') {
      return {
        stance: 'interdependent',
        basis: 'learner-path',
        confidence: learnerPathConfidence(learnerPath, settings),
        leaning: null,
        sentence:
          `In ${window.label}, over ${plural(learnerPath.lessons, 'lesson')}, ${lessonsClause(learnerPath, settings)} — ` +
          'lessons are judged by the learner path, and this looks like a path toward standing alone.',
        evidence: combineEvidence([learnerPath.evidence, tally.balanceEvidence]),
      };
    }
    return {
      stance: 'not-enough-data',
      basis: 'too-little-weight',
      confidence: 0,
      leaning: null,
      sentence: `${exchange} — not enough data yet to say (a total of ${formatWeight(settings.minimumWeight)} is needed).`,
      evidence: tally.balanceEvidence,
    };
  }
  const shareClause = `${exchange}; the give share is ${formatShare(balance.giveShare ?? 0.5)} (${formatLevel(
    balance.interval.level,
  )} interval ${formatShare(balance.interval.low)}–${formatShare(balance.interval.high)})`;
  if (balance.position === 'inside') {
    if (needsGap) {
      const giving = needsGap.stance === 'one-sided-giving';
      return {
        stance: needsGap.stance,
        basis: 'needs-gap',
        confidence: needsGap.confidence,
        leaning: null,
        sentence:
          `${shareClause}, which is balanced, but ${giving ? 'their' : 'your'} needs seem to count more ` +
          `(met rate ${formatShare(needsGap.yourMetRate)} for your ${plural(needsGap.yourResolved, 'resolved request')}, ` +
          `${formatShare(needsGap.theirMetRate)} for their ${needsGap.theirResolved}) — ` +
          `this looks one-sided all the same, you ${giving ? 'giving' : 'receiving'}.`,
        evidence: combineEvidence([tally.balanceEvidence, needsGap.evidence]),
      };
    }
    return {
      stance: 'interdependent',
      basis: 'balance',
      confidence: balance.massInside,
      leaning: null,
      sentence: `${shareClause} — this looks balanced.`,
      evidence: tally.balanceEvidence,
    };
  }
  const giving = balance.position === 'above';
  const confidence = giving ? balance.massAbove : balance.massBelow;
  const side = giving ? 'you giving' : 'you receiving';
  return balance.intervalOutside
    ? {
        stance: giving ? 'one-sided-giving' : 'one-sided-taking',
        basis: 'balance',
        confidence,
        leaning: null,
        sentence: `${shareClause} — this looks one-sided, ${side}.`,
        evidence: tally.balanceEvidence,
      }
    : {
        stance: 'not-enough-data',
        basis: 'balance',
        confidence,
        leaning: giving ? 'giving' : 'taking',
        sentence: `${shareClause} — not enough data yet, leaning toward ${side}.`,
        evidence: tally.balanceEvidence,
      };
}

/** The shared active work that makes silence going it alone; null without any (a role is not active work). */
function activeRelationshipReason(collaborator: CollaboratorAggregate): string | null {
  const shared = collaborator.activeSharedProjectIds.length;
  if (shared === 1) return 'you share an active project';
  if (shared > 1) return `you share ${shared} active projects`;
  return null;
}

function exchangeClause(collaborator: CollaboratorAggregate, tally: ExchangeTally, window: ResolvedWindow): string {
  const mentor = collaborator.roles.includes('mentor');
  const mentee = collaborator.roles.includes('mentee');
  const why = mentor && mentee ? 'you teach each other' : mentor ? 'they are your mentor' : 'you are their mentor';
  const aside = tally.excludedBenefits.length > 0 ? `, leaving knowledge aside (${why}),` : '';
  return `In ${window.label}${aside} you gave ${formatWeight(tally.give)} and received ${formatWeight(tally.receive)} (weighted)`;
}
