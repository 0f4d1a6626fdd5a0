import { z } from 'zod';
import { Id } from '../entities/common';
import { Evidence, PatternReport, PortfolioKind, RelationshipFinding } from '../entities/patterns';
import { Settings } from '../settings';
import { query } from './method';

/** The window's length in days, checked like the setting it overrides for one call. */
const WindowDaysOverride = Settings.shape.analysis.shape.windowDays.optional();

export const PatternReportInput = z.strictObject({
  /** Overrides settings.analysis.windowDays for this call only. */
  windowDays: WindowDaysOverride,
});

export const RelationshipInput = z.strictObject({
  collaboratorId: Id,
  windowDays: WindowDaysOverride,
});

/** Which finding's entries: one relationship's (behind its stance) or one portfolio finding's, in the window. */
export const FindingEvidenceInput = z.discriminatedUnion('finding', [
  z.strictObject({ finding: z.literal('relationship'), collaboratorId: Id, windowDays: WindowDaysOverride }),
  z.strictObject({ finding: PortfolioKind, windowDays: WindowDaysOverride }),
]);
export type FindingEvidenceInput = z.infer<typeof FindingEvidenceInput>;

/**
 * The pattern engine over the open library, with settings.analysis and the window ending today.
 * 'patterns.report' is the Patterns page and the Dashboard: every finding with the count of the
 * entries behind it, none listed, so its size follows the relationships, not the log;
 * 'patterns.evidence' lists one finding's entries (the newest, with the same count) when the
 * page opens it. 'patterns.forCollaborator' is one relationship with its entries listed, for the
 * balance panel on a person's page (archived people included).
 */
export const patternMethods = {
  'patterns.report': query(PatternReportInput, PatternReport),
  'patterns.evidence': query(FindingEvidenceInput, Evidence),
  'patterns.forCollaborator': query(RelationshipInput, RelationshipFinding),
};
