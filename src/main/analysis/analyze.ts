import { STANCE_ORDER, type PatternReport, type RelationshipFinding } from '../../shared/entities/patterns';
import type { AnalysisSettings } from '../../shared/settings';
import { tallyExchanges } from './balance';
import type { AnalysisInput } from './input';
import { declinedFeedback } from './portfolio/declinedFeedback';
import { missingBenefits } from './portfolio/missingBenefits';
import { noInputStretches } from './portfolio/noInputStretches';
import { supportConcentration, type CollaboratorTally } from './portfolio/supportConcentration';
import { judgeRelationship } from './relationship';
import { resolveWindow } from './window';

const stanceRank = new Map(STANCE_ORDER.map((stance, index) => [stance, index]));

/** Grouped by stance (STANCE_ORDER), most certain first, then the most weight, then by name. */
function byStanceThenCertainty(left: RelationshipFinding, right: RelationshipFinding): number {
  return (
    (stanceRank.get(left.stance) ?? 0) - (stanceRank.get(right.stance) ?? 0) ||
    right.confidence - left.confidence ||
    right.give + right.receive - (left.give + left.receive) ||
    left.collaborator.name.localeCompare(right.collaborator.name) ||
    (left.collaborator.id < right.collaborator.id ? -1 : left.collaborator.id > right.collaborator.id ? 1 : 0)
  );
}

/**
 * The pattern engine: aggregates in, findings out. Pure and linear in the input (one pass per
 * collaborator over its cells and entries, then a sort of the relationships), so it stays
 * interactive on the aggregates of a million exchanges.
 */
export function analyzePatterns(input: AnalysisInput, settings: AnalysisSettings): PatternReport {
  const window = resolveWindow(input.window);
  const tallies: CollaboratorTally[] = input.collaborators.map((collaborator) => ({
    collaborator,
    tally: tallyExchanges(collaborator, window),
  }));
  const relationships = tallies
    .map(({ collaborator, tally }) => judgeRelationship(collaborator, tally, window, settings))
    .sort(byStanceThenCertainty);
  return {
    window: { from: window.from, to: window.to, days: window.days, label: window.label },
    relationships,
    portfolio: [
      supportConcentration(tallies, window, settings),
      missingBenefits(tallies, window, settings),
      noInputStretches(input.activeProjects, window, settings),
      declinedFeedback(input.collaborators, window, settings),
    ],
  };
}
