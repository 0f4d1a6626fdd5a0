import { stretchWords } from '../../shared/checkIn';
import type { PatternReport } from '../../shared/entities/patterns';
import type { CheckInOffer } from '../db/checkInRepository';

/**
 * The check-ins a pattern report offers: each relationship that looks like going it alone (the
 * finding's sentence is the reason), and the people on each active project whose stretch with no
 * input runs to today. A stretch that ended is history, not a reason to check in now.
 */
export function checkInOffers(report: PatternReport, membersOf: (projectId: string) => readonly string[]): CheckInOffer[] {
  const offers: CheckInOffer[] = report.relationships
    .filter((finding) => finding.stance === 'going-it-alone')
    .map((finding) => ({ collaboratorId: finding.collaborator.id, reason: finding.sentence }));
  for (const finding of report.portfolio) {
    if (finding.kind !== 'no-input-stretches') continue;
    for (const stretch of finding.stretches) {
      if (stretch.to !== report.window.to) continue;
      const reason = `No input on “${stretch.projectTitle}” for ${stretchWords(stretch.days)}, though it is active and you are both on it.`;
      for (const collaboratorId of membersOf(stretch.projectId)) offers.push({ collaboratorId, reason });
    }
  }
  return offers;
}
