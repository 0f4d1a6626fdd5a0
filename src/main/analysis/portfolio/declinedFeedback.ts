import type { DeclinedFeedbackFinding, EvidenceRef, FeedbackOutcomes } from '../../../shared/entities/patterns';
import type { AnalysisSettings } from '../../../shared/settings';
import { betaCdf } from '../betaDistribution';
import { evidenceOfLists, PORTFOLIO_REF_LIMIT } from '../evidence';
import type { CollaboratorAggregate } from '../input';
import { above } from '../tolerance';
import { formatShare, plural } from '../wording';
import { inWindow, type ResolvedWindow } from '../window';

/**
 * The share of resolved received feedback (applied, partly applied, declined, discussed; open is
 * not resolved) that the user declined. Above the threshold — most of it declined — it points to
 * going it alone; otherwise feedback is being weighed and used (interdependent); with fewer than
 * the minimum resolved, not enough data.
 *
 * Confidence: the posterior probability that the true declined share is on the claimed side of the
 * threshold, with the share as Beta(1 + declined, 1 + resolved − declined).
 */
export function declinedFeedback(
  collaborators: readonly CollaboratorAggregate[],
  window: ResolvedWindow,
  settings: AnalysisSettings,
): DeclinedFeedbackFinding {
  const outcomes: FeedbackOutcomes = { applied: 0, partlyApplied: 0, declined: 0, discussed: 0, open: 0 };
  // Per person, so the evidence merges lists each in the caller's order (newest first) rather than sorting them all.
  const declinedRefs: EvidenceRef[][] = [];
  const resolvedRefs: EvidenceRef[][] = [];
  for (const collaborator of collaborators) {
    const counts = collaborator.receivedFeedback.counts;
    outcomes.applied += counts.applied;
    outcomes.partlyApplied += counts.partlyApplied;
    outcomes.declined += counts.declined;
    outcomes.discussed += counts.discussed;
    outcomes.open += counts.open;
    const declined: EvidenceRef[] = [];
    const resolved: EvidenceRef[] = [];
    for (const entry of collaborator.receivedFeedback.refs) {
      if (entry.status === 'open' || !inWindow(window, entry.date)) continue;
      const evidence = { type: 'feedback' as const, id: entry.id, date: entry.date };
      resolved.push(evidence);
      if (entry.status === 'declined') declined.push(evidence);
    }
    resolvedRefs.push(resolved);
    declinedRefs.push(declined);
  }
  const resolved = outcomes.applied + outcomes.partlyApplied + outcomes.declined + outcomes.discussed;
  const declinedShare = resolved > 0 ? outcomes.declined / resolved : null;
  const base = { kind: 'declined-feedback' as const, outcomes, resolved, declinedShare };
  const allResolved = evidenceOfLists(resolvedRefs, resolved, PORTFOLIO_REF_LIMIT);
  if (declinedShare === null || resolved < settings.declinedMinResolved) {
    return {
      ...base,
      stance: 'not-enough-data',
      confidence: 0,
      sentence:
        `In ${window.label} ${resolved === 0 ? 'none' : plural(resolved, 'piece')} of the feedback you received ` +
        `${resolved > 1 ? 'were' : 'was'} resolved — ` +
        `too few yet to say how feedback is weighed (${settings.declinedMinResolved} needed).`,
      evidence: allResolved,
    };
  }
  const massAtOrBelow = betaCdf(settings.declinedShareThreshold, 1 + outcomes.declined, 1 + resolved - outcomes.declined);
  const counts = `you declined ${outcomes.declined} of ${plural(resolved, 'resolved piece')} of feedback received (${formatShare(declinedShare)})`;
  if (above(declinedShare, settings.declinedShareThreshold)) {
    return {
      ...base,
      stance: 'going-it-alone',
      confidence: 1 - massAtOrBelow,
      sentence: `In ${window.label} ${counts} — most of the input is set aside, a sign of going it alone.`,
      evidence: evidenceOfLists(declinedRefs, outcomes.declined, PORTFOLIO_REF_LIMIT),
    };
  }
  return {
    ...base,
    stance: 'interdependent',
    confidence: massAtOrBelow,
    sentence: `In ${window.label} ${counts} — the rest was applied, in full or in part, or discussed: feedback is being weighed and used.`,
    evidence: allResolved,
  };
}
