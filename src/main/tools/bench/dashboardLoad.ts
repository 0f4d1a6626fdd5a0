import { checkInOffers } from '../../../shared/checkInOffers';
import type { PatternReport } from '../../../shared/entities/patterns';
import type { BenchContext, CallFigure } from './callTypes';
import { medianMsAsync } from './measure';

/**
 * The Dashboard's calls as it makes them (routes.tsx's prefetch): the counts, the report, then the
 * check-ins due with the report's offers, the latest profile and the lessons to answer for, all
 * asked at once as the renderer does. One engine run for the screen.
 */
async function loadDashboard(context: BenchContext): Promise<void> {
  const report = context.api('patterns.report', {}).then((value) =>
    context.api('checkIns.due', { within: 6, offers: checkInOffers(value as PatternReport) }),
  );
  await Promise.all([
    context.api('projects.list', { includeArchived: true }),
    context.api('collaborators.list', { includeArchived: true }),
    report,
    context.api('selfAssessments.list', { limit: 1 }),
    context.api('upcoming.list', { limit: 3 }),
  ]);
}

export async function dashboardLoad(context: BenchContext): Promise<CallFigure> {
  await loadDashboard(context);
  const ms = await medianMsAsync(context.runs, () => loadDashboard(context));
  const peak = context.backendPeakRssBytes();
  return { name: 'Dashboard load', ms, ...(peak === null ? {} : { backendPeakRssBytes: peak }) };
}
