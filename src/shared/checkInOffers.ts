import { stretchWords } from './checkIn';
import type { CheckInOffer } from './entities/checkIn';
import type { PatternReport } from './entities/patterns';

/**
 * The check-ins a pattern report offers: each relationship that looks like going it alone (the
 * finding's sentence is the reason), and each active project whose stretch with no input runs to
 * today (offered to the people on it). A stretch that ended is history, not a reason to check in
 * now. Shared: the Dashboard derives them from the report it already has, and checkIns.due from
 * its own engine run when no offers are sent (the Check-ins page).
 */
export function checkInOffers(report: PatternReport): CheckInOffer[] {
  const offers: CheckInOffer[] = report.relationships
    .filter((finding) => finding.stance === 'going-it-alone')
    .map((finding) => ({ collaboratorId: finding.collaborator.id, reason: finding.sentence }));
  for (const finding of report.portfolio) {
    if (finding.kind !== 'no-input-stretches') continue;
    for (const stretch of finding.stretches) {
      if (stretch.to !== report.window.to) continue;
      const reason = `No input on “${stretch.projectTitle}” for ${stretchWords(stretch.days)}, though it is active and you are both on it.`;
      offers.push({ projectId: stretch.projectId, reason });
    }
  }
  return offers;
}
