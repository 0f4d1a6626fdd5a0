import { KIND_AREAS } from '../../../../shared/kinds';
import type { Invalidation } from '../../api/hooks';

/**
 * Every write to the log can move the ledger, the timelines, the practice list, the patterns
 * drawn from them (a feedback edit re-derives its exchange) and a self-assessment's comparison
 * with the log, so log commands refresh all of these, not only their own area. Every kind's area
 * comes from the registry.
 */
export const LOG_AREAS: readonly Invalidation[] = [...KIND_AREAS, 'exchanges', 'practice', 'timeline', 'patterns', 'selfAssessments.besideLog'];
