import type { patternMethods } from '../../shared/contract/patterns';
import { analyzePatterns } from '../analysis';
import { windowEnding } from '../analysis/window';
import { findCollaborator } from '../db/collaboratorRepository';
import { loadAnalysisInput } from '../db/patternAggregates';
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

export const patternHandlers: HandlersFor<typeof patternMethods> = {
  'patterns.report': ({ windowDays }, ctx) => {
    const { settings, window } = analysisFor(ctx, windowDays);
    return analyzePatterns(loadAnalysisInput(ctx.db, window), settings);
  },

  'patterns.forCollaborator': ({ collaboratorId, windowDays }, ctx) => {
    if (!findCollaborator(ctx.db, collaboratorId)) throw notFound('That person');
    const { settings, window } = analysisFor(ctx, windowDays);
    const report = analyzePatterns(loadAnalysisInput(ctx.db, window, { collaboratorIds: [collaboratorId] }), settings);
    const finding = report.relationships[0];
    if (!finding) throw notFound('That person');
    return finding;
  },
};
