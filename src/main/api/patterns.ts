import type { patternMethods } from '../../shared/contract/patterns';
import type { Evidence, PatternReport, RelationshipFinding } from '../../shared/entities/patterns';
import { analyzePatterns } from '../analysis';
import { windowEnding } from '../analysis/window';
import { findCollaborator } from '../db/collaboratorRepository';
import { loadAnalysisInput, type AggregateOptions } from '../db/patternAggregates';
import { notFound, type ApiContext, type HandlersFor } from './context';

/**
 * The settings the engine runs with and the window it judges. The window ends on the user's local
 * day (the day the log's entries are dated by), not the UTC day.
 */
export function analysisFor(ctx: ApiContext, windowDays: number | undefined) {
  const saved = ctx.settings.get().analysis;
  const settings = windowDays === undefined ? saved : { ...saved, windowDays };
  return { settings, window: windowEnding(ctx.today, settings.windowDays) };
}

/** The engine's report of the window; 'counted' reads no entry that no count needs (patternAggregates.ts). */
export function patternReport(ctx: ApiContext, windowDays: number | undefined, evidence: AggregateOptions['evidence']): PatternReport {
  const { settings, window } = analysisFor(ctx, windowDays);
  return analyzePatterns(loadAnalysisInput(ctx.db, window, { evidence }), settings);
}

/** One relationship, judged on that person's aggregates alone: the same finding as in the report. */
function relationship(ctx: ApiContext, collaboratorId: string, windowDays: number | undefined): RelationshipFinding {
  if (!findCollaborator(ctx.db, collaboratorId)) throw notFound('That person');
  const { settings, window } = analysisFor(ctx, windowDays);
  const finding = analyzePatterns(loadAnalysisInput(ctx.db, window, { collaboratorIds: [collaboratorId] }), settings).relationships[0];
  if (!finding) throw notFound('That person');
  return finding;
}

/** The count without the entries: what a finding shows until it is opened (patterns.evidence lists them). */
const counted = (evidence: Evidence): Evidence => ({ refs: [], total: evidence.total });

/**
 * A relationship as the Patterns page shows it: every evidence as its count, no monthly chart and
 * a learner path without its confidence line (both drawn on the person's page, from
 * patterns.forCollaborator; the sentence keeps the line's first and last points).
 */
function asReported(finding: RelationshipFinding): RelationshipFinding {
  return {
    ...finding,
    months: [],
    evidence: counted(finding.evidence),
    needsGap: finding.needsGap && { ...finding.needsGap, evidence: counted(finding.needsGap.evidence) },
    trend: finding.trend && { ...finding.trend, evidence: counted(finding.trend.evidence) },
    learnerPath: finding.learnerPath && { ...finding.learnerPath, confidence: [], evidence: counted(finding.learnerPath.evidence) },
  };
}

export const patternHandlers: HandlersFor<typeof patternMethods> = {
  'patterns.report': ({ windowDays }, ctx) => {
    const full = patternReport(ctx, windowDays, 'counted');
    return {
      ...full,
      relationships: full.relationships.map(asReported),
      portfolio: full.portfolio.map((finding) => ({ ...finding, evidence: counted(finding.evidence) })),
    };
  },

  'patterns.evidence': (input, ctx) => {
    if (input.finding === 'relationship') return relationship(ctx, input.collaboratorId, input.windowDays).evidence;
    const finding = patternReport(ctx, input.windowDays, 'listed').portfolio.find((candidate) => candidate.kind === input.finding);
    if (!finding) throw notFound('That finding');
    return finding.evidence;
  },

  'patterns.forCollaborator': ({ collaboratorId, windowDays }, ctx) => relationship(ctx, collaboratorId, windowDays),
};
