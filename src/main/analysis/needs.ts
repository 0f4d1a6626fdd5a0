import type { NeedsGapFlag, NeedsSummary } from '../../shared/entities/patterns';
import type { AnalysisSettings } from '../../shared/settings';
import { probabilityDifferenceAbove } from './betaDistribution';
import { evidenceOf } from './evidence';
import type { RequestOutcomeCounts, NeedsTally } from './input';
import { atLeast } from './tolerance';
import { formatShare, plural } from './wording';
import { inWindow, type ResolvedWindow } from './window';

/** Pending requests are not resolved: only met, partly met, declined and ignored count. */
function resolvedOf(counts: RequestOutcomeCounts): number {
  return counts.met + counts.partlyMet + counts.declined + counts.ignored;
}

/** (met + ½·partly met), the met credit behind a met rate. */
function metCreditOf(counts: RequestOutcomeCounts): number {
  return counts.met + counts.partlyMet / 2;
}

export function summarizeNeeds(needs: NeedsTally): NeedsSummary {
  const yourResolved = resolvedOf(needs.yours);
  const theirResolved = resolvedOf(needs.theirs);
  return {
    yourMetRate: yourResolved > 0 ? metCreditOf(needs.yours) / yourResolved : null,
    theirMetRate: theirResolved > 0 ? metCreditOf(needs.theirs) / theirResolved : null,
    yourResolved,
    theirResolved,
    pending: needs.yours.pending + needs.theirs.pending,
  };
}

/**
 * DOMAIN.md: a met-rate gap of at least the threshold, with at least the minimum resolved requests
 * on each side, means one side's needs count more. The side whose needs count less is the giving
 * side: the user's needs counting less points to one-sided-giving.
 *
 * Confidence: the probability that the side whose needs count more really has the higher met rate,
 * with each rate's uncertainty as Beta(1 + met credit, 1 + resolved − met credit).
 */
export function needsGapFlag(
  needs: NeedsTally,
  summary: NeedsSummary,
  window: ResolvedWindow,
  settings: AnalysisSettings,
): NeedsGapFlag | null {
  const { yourMetRate, theirMetRate, yourResolved, theirResolved } = summary;
  if (yourMetRate === null || theirMetRate === null) return null;
  if (yourResolved < settings.needsGapMinResolved || theirResolved < settings.needsGapMinResolved) return null;
  const gap = Math.abs(yourMetRate - theirMetRate);
  if (!atLeast(gap, settings.needsGapThreshold)) return null;
  const theirsCountMore = theirMetRate > yourMetRate;
  const posterior = (counts: RequestOutcomeCounts) => ({
    a: 1 + metCreditOf(counts),
    b: 1 + resolvedOf(counts) - metCreditOf(counts),
  });
  const more = posterior(theirsCountMore ? needs.theirs : needs.yours);
  const less = posterior(theirsCountMore ? needs.yours : needs.theirs);
  const refs = needs.refs
    .filter((request) => inWindow(window, request.date))
    .map((request) => ({ type: 'request' as const, id: request.id, date: request.date }));
  const yourPart = `your ${plural(yourResolved, 'resolved request')} had a met rate of ${formatShare(yourMetRate)}`;
  const theirPart = `their ${plural(theirResolved, 'resolved request')} ${formatShare(theirMetRate)}`;
  return {
    stance: theirsCountMore ? 'one-sided-giving' : 'one-sided-taking',
    confidence: probabilityDifferenceAbove(more, less, 0),
    sentence:
      `In ${window.label} ${yourPart}, ${theirPart} (partly met counts half) — ` +
      `${theirsCountMore ? 'their' : 'your'} needs seem to count more in this relationship.`,
    evidence: evidenceOf(refs, yourResolved + theirResolved + needs.yours.pending + needs.theirs.pending),
    whoseNeedsCountMore: theirsCountMore ? 'theirs' : 'yours',
    yourMetRate,
    theirMetRate,
    gap,
    yourResolved,
    theirResolved,
  };
}
