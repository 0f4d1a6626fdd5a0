import {
  STANCE_LABELS,
  STANCE_ORDER,
  type PatternReport,
  type PortfolioFinding,
  type PortfolioKind,
  type RelationshipFinding,
} from '../../../shared/entities/patterns';
import { formatDay } from '../../analysis/window';
import { formatLevel, formatShare, formatWeight, plural } from '../../analysis/wording';

const PORTFOLIO_TITLES: Record<PortfolioKind, string> = {
  'support-concentration': 'Where support comes from',
  'missing-benefits': 'Kinds of input',
  'no-input-stretches': 'Stretches without input',
  'declined-feedback': 'Feedback received',
};

/** A portfolio finding's verdict in its own words: "One main source" reads better than a relationship's stance label. */
function portfolioVerdict(finding: PortfolioFinding): string {
  if (finding.kind === 'support-concentration' && finding.stance !== 'not-enough-data') {
    return finding.stance === 'interdependent' ? 'Several sources' : 'One main source';
  }
  return STANCE_LABELS[finding.stance];
}

function relationshipLines(finding: RelationshipFinding): string[] {
  const { collaborator } = finding;
  const labels = [...collaborator.roles, ...(collaborator.isGroup ? ['group'] : [])];
  const roles = labels.length > 0 ? ` (${labels.join(', ')})` : '';
  const { level, low, high } = finding.interval;
  const share =
    finding.giveShare === null
      ? 'give share –'
      : finding.basis === 'too-little-weight'
        ? `give share ${formatShare(finding.giveShare)} (too little to judge)`
        : `give share ${formatShare(finding.giveShare)} (${formatLevel(level)} ${formatShare(low)}–${formatShare(high)})`;
  const weights = `gave ${formatWeight(finding.give)} · received ${formatWeight(finding.receive)}`;
  const lines = [
    `  ${collaborator.name}${roles}`,
    `    ${weights} · ${share} · confidence ${formatShare(finding.confidence)}`,
    `    ${finding.sentence}`,
  ];
  if (finding.needsGap && finding.basis !== 'needs-gap') lines.push(`    Needs: ${finding.needsGap.sentence}`);
  if (finding.trend && finding.trend.direction !== 'steady') lines.push(`    Trend: ${finding.trend.sentence}`);
  if (finding.learnerPath && finding.basis !== 'learner-path') lines.push(`    Learner path: ${finding.learnerPath.sentence}`);
  lines.push(`    ${plural(finding.evidence.total, 'entry', 'entries')} behind this`);
  return lines;
}

/** The report as text for a terminal: relationships grouped by stance, then the portfolio. */
export function reportText(report: PatternReport, libraryPath: string): string {
  const { window } = report;
  const lines = [
    `Counterpoint patterns — ${formatDay(window.from)} to ${formatDay(window.to)} (${window.label}: ${window.days} days counting today)`,
    `Library: ${libraryPath}`,
  ];
  if (report.relationships.length === 0) {
    lines.push('', 'No people in this library yet. Add collaborators and log feedback, lessons, help or requests.');
  }
  for (const stance of STANCE_ORDER) {
    const group = report.relationships.filter((finding) => finding.stance === stance);
    if (group.length === 0) continue;
    lines.push('', `${STANCE_LABELS[stance]} (${group.length})`);
    for (const finding of group) lines.push(...relationshipLines(finding));
  }
  lines.push('', 'Across all relationships');
  for (const finding of report.portfolio) {
    lines.push(`  ${PORTFOLIO_TITLES[finding.kind]} — ${portfolioVerdict(finding)}`, `    ${finding.sentence}`);
  }
  return lines.join('\n');
}
