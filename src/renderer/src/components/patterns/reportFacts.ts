import type { PatternReport, RelationshipFinding } from '../../../../shared/entities/patterns';

/** Nothing in the window with this collaborator: no exchange of any benefit, no request, no lesson. */
export function nothingLoggedWith(finding: RelationshipFinding): boolean {
  return (
    finding.exchangeCount === 0 &&
    finding.needs.yourResolved + finding.needs.theirResolved + finding.needs.pending === 0 &&
    (finding.learnerPath?.lessons ?? 0) === 0
  );
}

/** Nothing in the window with anyone — a new library, or a quiet stretch: there is nothing to weigh yet. */
export const nothingLogged = (report: PatternReport): boolean => report.relationships.every(nothingLoggedWith);
