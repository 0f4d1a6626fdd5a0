import type { Benefit } from '../../shared/entities/exchange';
import type { Evidence, EvidenceRef, PatternReport, PortfolioFinding, PortfolioKind, RelationshipFinding } from '../../shared/entities/patterns';
import type { Level, LogMeasure } from '../../shared/entities/selfAssessment';
import type { Dimension } from '../../shared/selfAssessment/questionnaire';
import type { AnalysisSettings } from '../../shared/settings';
import { combineEvidence, evidenceOf } from './evidence';
import type { AnalysisInput, RequestOutcomeCounts } from './input';
import { formatWeight, plural } from './wording';

/**
 * What the log says on each dimension of the self-assessment, read off the pattern engine's own
 * report (and, for the request counts, the aggregates it was given): no number here is worked out
 * again from rows. A level is given only where the engine's minimum-evidence settings are met;
 * otherwise `level` is null and `short` says what is missing.
 *
 * - going it alone (independence): the no-input-stretches finding on active work (high when it points
 *   to going it alone; low when active work had input on some day and you asked for something,
 *   middle when it had input but you asked for nothing), relationships
 *   judged going it alone, the declined-feedback finding.
 * - leaning (dependence): requests you made against requests made of you (enough when there are at
 *   least 2 × needsGapMinResolved; high when your share is above the balanced band, low below it),
 *   and the learner paths (not yet standing alone = high, toward standing alone = low).
 * - one-sided (codependence): the relationships the engine could judge (enough: at least one):
 *   high when half or more look one-sided, middle when some do, low when none do.
 * - mutual (interdependence): the balanced share of those relationships (high at half or more,
 *   low at none) and the declined-feedback finding (weighed and used = high, mostly declined = low).
 * - each benefit: its share of the weight received (enough when the missing-benefits finding has
 *   enough, i.e. minimumWeight received): low when missing or under half an even share (1/6), high
 *   at an even share (1/3) or more, middle between.
 * Where two signals vote, they agree or the level is middle.
 */

export interface LogSignal {
  level: Level | null;
  /** The log's side of the sentence: "you asked for something 2 times and were asked 19 times". */
  said: string;
  measures: LogMeasure[];
  entries: number;
  evidence: Evidence;
}

const EVIDENCE_LIMIT = 50;

const count = (label: string, value: number): LogMeasure => ({ label, value, unit: 'count' });
const share = (label: string, value: number | null): LogMeasure => ({ label, value, unit: 'share' });
const weight = (label: string, value: number): LogMeasure => ({ label, value, unit: 'weight' });

const requestsIn = (counts: RequestOutcomeCounts) => counts.met + counts.partlyMet + counts.declined + counts.ignored + counts.pending;

const times = (n: number) => (n === 1 ? 'once' : `${n} times`);

function portfolio<K extends PortfolioKind>(report: PatternReport, kind: K): Extract<PortfolioFinding, { kind: K }> {
  const finding = report.portfolio.find((item) => item.kind === kind);
  if (!finding) throw new Error(`The pattern report has no ${kind} finding`);
  return finding as Extract<PortfolioFinding, { kind: K }>;
}

/** Two votes: the one that is there, or both when they agree, or middle when they pull apart. */
function combine(left: Level | null, right: Level | null): Level | null {
  if (left === null) return right;
  if (right === null || right === left) return left;
  return 'middle';
}

const judged = (report: PatternReport): RelationshipFinding[] => report.relationships.filter((r) => r.stance !== 'not-enough-data');

function requestTotals(input: AnalysisInput) {
  let asked = 0;
  let askedOf = 0;
  const refs: EvidenceRef[] = [];
  for (const collaborator of input.collaborators) {
    asked += requestsIn(collaborator.needs.yours);
    askedOf += requestsIn(collaborator.needs.theirs);
    for (const ref of collaborator.needs.refs) refs.push({ type: 'request', id: ref.id, date: ref.date });
  }
  return { asked, askedOf, evidence: evidenceOf(refs, asked + askedOf, EVIDENCE_LIMIT) };
}

function independence(input: AnalysisInput, report: PatternReport): LogSignal {
  const stretches = portfolio(report, 'no-input-stretches');
  const declined = portfolio(report, 'declined-feedback');
  const alone = report.relationships.filter((r) => r.stance === 'going-it-alone');
  const { asked, evidence: requests } = requestTotals(input);
  const inputDays = input.activeProjects.reduce((sum, project) => sum + project.inputDays.length, 0);
  const received = declined.outcomes.applied + declined.outcomes.partlyApplied + declined.outcomes.declined + declined.outcomes.discussed + declined.outcomes.open;
  let level: Level | null = null;
  if (stretches.stance === 'going-it-alone' || alone.length > 0 || declined.stance === 'going-it-alone') level = 'high';
  // Active work with no stretch but no input either (a project started days ago) says nothing yet.
  else if (stretches.stance === 'interdependent' && inputDays > 0) level = asked > 0 ? 'low' : 'middle';
  const said =
    `you asked for something ${times(asked)} and received ${plural(received, 'piece')} of feedback; ` +
    (stretches.activeProjects === 0
      ? 'no project was active'
      : `${plural(stretches.stretches.length, 'stretch', 'stretches')} of active work had no input at all`);
  const evidence = combineEvidence([requests, stretches.evidence, declined.evidence, ...alone.map((r) => r.evidence)], EVIDENCE_LIMIT);
  return {
    level,
    said,
    measures: [
      count('Requests you made', asked),
      count('Feedback you received', received),
      count('Active projects', stretches.activeProjects),
      count('Stretches of active work with no input', stretches.stretches.length),
      count('Relationships going it alone', alone.length),
    ],
    entries: evidence.total,
    evidence,
  };
}

function dependence(input: AnalysisInput, report: PatternReport, settings: AnalysisSettings): LogSignal {
  const { asked, askedOf, evidence: requests } = requestTotals(input);
  const paths = report.relationships.flatMap((r) => (r.learnerPath && r.learnerPath.state !== 'too-little-data' ? [r.learnerPath] : []));
  const notYet = paths.filter((p) => p.state === 'not-yet-standing-alone').length;
  const toward = paths.filter((p) => p.state === 'toward-standing-alone').length;
  const total = asked + askedOf;
  const askedShare = total > 0 ? asked / total : null;
  const requestVote: Level | null =
    askedShare === null || total < 2 * settings.needsGapMinResolved
      ? null
      : askedShare > settings.balancedBandHigh
        ? 'high'
        : askedShare < settings.balancedBandLow
          ? 'low'
          : 'middle';
  const pathVote: Level | null = paths.length === 0 ? null : notYet > 0 && toward === 0 ? 'high' : toward > 0 && notYet === 0 ? 'low' : 'middle';
  const said =
    `you asked for something ${times(asked)} and were asked ${times(askedOf)}` +
    (paths.length === 0
      ? ''
      : `, and ${plural(toward, 'learner path')} of ${paths.length} ${toward === 1 ? 'is' : 'are'} toward standing alone`);
  const evidence = combineEvidence([requests, ...paths.map((p) => p.evidence)], EVIDENCE_LIMIT);
  return {
    level: combine(requestVote, pathVote),
    said,
    measures: [
      count('Requests you made', asked),
      count('Requests made of you', askedOf),
      share('Your share of the requests', askedShare),
      count('Learner paths not yet standing alone', notYet),
      count('Learner paths toward standing alone', toward),
    ],
    entries: evidence.total,
    evidence,
  };
}

function giveShareAcross(relationships: readonly RelationshipFinding[]): { give: number; receive: number; share: number | null } {
  const give = relationships.reduce((sum, r) => sum + r.give, 0);
  const receive = relationships.reduce((sum, r) => sum + r.receive, 0);
  return { give, receive, share: give + receive > 0 ? give / (give + receive) : null };
}

const percent = (value: number | null) => (value === null ? 'none' : `${Math.round(value * 100)}%`);

function codependence(report: PatternReport): LogSignal {
  const relationships = judged(report);
  const oneSided = relationships.filter((r) => r.stance === 'one-sided-giving' || r.stance === 'one-sided-taking');
  const across = giveShareAcross(report.relationships);
  const level: Level | null =
    relationships.length === 0 ? null : oneSided.length === 0 ? 'low' : oneSided.length * 2 >= relationships.length ? 'high' : 'middle';
  const said =
    `${oneSided.length} of ${plural(relationships.length, 'relationship')} with enough exchange to judge ${oneSided.length === 1 ? 'looks' : 'look'} one-sided, ` +
    `and across all of them you gave ${percent(across.share)} of the weight`;
  const evidence = combineEvidence(oneSided.length > 0 ? oneSided.map((r) => r.evidence) : relationships.map((r) => r.evidence), EVIDENCE_LIMIT);
  return {
    level,
    said,
    measures: [
      count('Relationships with enough exchange to judge', relationships.length),
      count('One-sided relationships', oneSided.length),
      weight('Weight you gave', across.give),
      weight('Weight you received', across.receive),
      share('Your give share across all relationships', across.share),
    ],
    entries: evidence.total,
    evidence,
  };
}

function interdependence(report: PatternReport): LogSignal {
  const relationships = judged(report);
  const balanced = relationships.filter((r) => r.stance === 'interdependent');
  const declined = portfolio(report, 'declined-feedback');
  const relationshipVote: Level | null =
    relationships.length === 0 ? null : balanced.length * 2 >= relationships.length ? 'high' : balanced.length === 0 ? 'low' : 'middle';
  const feedbackVote: Level | null =
    declined.stance === 'interdependent' ? 'high' : declined.stance === 'going-it-alone' ? 'low' : null;
  const said =
    `${balanced.length} of ${plural(relationships.length, 'relationship')} with enough exchange to judge ${balanced.length === 1 ? 'is' : 'are'} balanced, ` +
    `and you declined ${declined.outcomes.declined} of ${plural(declined.resolved, 'resolved piece')} of feedback you received`;
  const evidence = combineEvidence([...balanced.map((r) => r.evidence), declined.evidence], EVIDENCE_LIMIT);
  return {
    level: combine(relationshipVote, feedbackVote),
    said,
    measures: [
      count('Relationships with enough exchange to judge', relationships.length),
      count('Balanced relationships', balanced.length),
      count('Feedback received and resolved', declined.resolved),
      share('Share of that feedback you declined', declined.declinedShare),
    ],
    entries: evidence.total,
    evidence,
  };
}

const BENEFIT_WORDS: Record<Benefit, string> = { knowledge: 'knowledge', perspective: 'perspective', growth: 'support for growth' };

function benefit(input: AnalysisInput, report: PatternReport, which: Benefit): LogSignal {
  const finding = portfolio(report, 'missing-benefits');
  const received = finding.received[which];
  const total = finding.received.knowledge + finding.received.perspective + finding.received.growth;
  const benefitShare = total > 0 ? received / total : null;
  const level: Level | null =
    finding.stance === 'not-enough-data' || benefitShare === null
      ? null
      : finding.missing.includes(which) || benefitShare < 1 / 6
        ? 'low'
        : benefitShare >= 1 / 3
          ? 'high'
          : 'middle';
  const refs: EvidenceRef[] = [];
  for (const collaborator of input.collaborators) {
    for (const entry of collaborator.exchanges) {
      if (entry.direction === 'received' && entry.benefit === which) refs.push({ type: entry.type, id: entry.id, date: entry.date });
    }
  }
  const entries = input.collaborators.reduce(
    (sum, collaborator) =>
      sum + collaborator.months.reduce((n, cell) => n + (cell.direction === 'received' && cell.benefit === which ? cell.count : 0), 0),
    0,
  );
  const evidence = evidenceOf(refs, entries, EVIDENCE_LIMIT);
  return {
    level,
    said: `${formatWeight(received)} of the ${formatWeight(total)} weight you received was ${BENEFIT_WORDS[which]} (${plural(evidence.total, 'entry', 'entries')})`,
    measures: [
      weight(`Weight of ${which} received`, received),
      weight('Weight received in all', total),
      share(`Share that was ${which}`, benefitShare),
    ],
    entries: evidence.total,
    evidence,
  };
}

/** The log's signal on every dimension, from one engine report over the window and the input it was made from. */
export function selfSignals(input: AnalysisInput, report: PatternReport, settings: AnalysisSettings): Record<Dimension, LogSignal> {
  return {
    independence: independence(input, report),
    dependence: dependence(input, report, settings),
    codependence: codependence(report),
    interdependence: interdependence(report),
    knowledge: benefit(input, report, 'knowledge'),
    perspective: benefit(input, report, 'perspective'),
    growth: benefit(input, report, 'growth'),
  };
}
