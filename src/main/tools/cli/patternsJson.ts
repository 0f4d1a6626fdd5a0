import type { Evidence, PatternReport, PortfolioFinding, RelationshipFinding } from '../../../shared/entities/patterns';

/** Evidence as `counterpoint analyze --json` prints it: the entries' ids and how many stand behind the finding. */
const compactEvidence = (evidence: Evidence) => ({
  total: evidence.total,
  ids: evidence.refs.map((ref) => ({ type: ref.type, id: ref.id })),
});

/** The secondary flags of a relationship: a needs gap, a trend that moved, the learner path. */
export function flagsOf(finding: RelationshipFinding) {
  const flags: Record<string, unknown>[] = [];
  if (finding.needsGap) {
    const gap = finding.needsGap;
    flags.push({
      kind: 'needs-gap',
      stance: gap.stance,
      confidence: gap.confidence,
      whoseNeedsCountMore: gap.whoseNeedsCountMore,
      yourMetRate: gap.yourMetRate,
      theirMetRate: gap.theirMetRate,
      sentence: gap.sentence,
    });
  }
  if (finding.trend && finding.trend.direction !== 'steady') {
    const trend = finding.trend;
    flags.push({
      kind: 'trend',
      stance: trend.stance,
      confidence: trend.confidence,
      direction: trend.direction,
      firstHalfGiveShare: trend.firstHalfGiveShare,
      secondHalfGiveShare: trend.secondHalfGiveShare,
      sentence: trend.sentence,
    });
  }
  if (finding.learnerPath) {
    const path = finding.learnerPath;
    flags.push({
      kind: 'learner-path',
      state: path.state,
      lessons: path.lessons,
      confidenceSlope: path.confidenceSlope,
      practiceDoneRate: path.practiceDoneRate,
      sentence: path.sentence,
    });
  }
  return flags;
}

function relationshipJson(finding: RelationshipFinding) {
  return {
    collaboratorId: finding.collaborator.id,
    name: finding.collaborator.name,
    roles: finding.collaborator.roles,
    isGroup: finding.collaborator.isGroup,
    stance: finding.stance,
    basis: finding.basis,
    leaning: finding.leaning,
    confidence: finding.confidence,
    give: finding.give,
    receive: finding.receive,
    giveShare: finding.giveShare,
    interval: finding.interval,
    flags: flagsOf(finding),
    sentence: finding.sentence,
    evidence: compactEvidence(finding.evidence),
  };
}

function portfolioJson(finding: PortfolioFinding) {
  return { ...finding, evidence: compactEvidence(finding.evidence) };
}

/** One object for scripts: the window, each relationship in the report's order, the portfolio findings. */
export function reportJson(report: PatternReport) {
  return {
    window: report.window,
    relationships: report.relationships.map(relationshipJson),
    portfolio: report.portfolio.map(portfolioJson),
  };
}
