import { z } from 'zod';
import { Id } from '../entities/common';
import { PatternReport, RelationshipFinding } from '../entities/patterns';
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

/**
 * The pattern engine over the open library, with settings.analysis and the window ending today.
 * 'patterns.report' is the Patterns page and the Dashboard; 'patterns.forCollaborator' is one
 * relationship, for the balance panel on a person's page (archived people included).
 */
export const patternMethods = {
  'patterns.report': query(PatternReportInput, PatternReport),
  'patterns.forCollaborator': query(RelationshipInput, RelationshipFinding),
};
