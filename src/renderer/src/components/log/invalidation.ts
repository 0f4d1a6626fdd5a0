import type { Invalidation } from '../../api/hooks';

/**
 * Every write to the log can move the ledger, the timelines, the practice list and the
 * patterns drawn from them (a feedback edit re-derives its exchange), so log commands
 * refresh all of these areas, not only their own.
 */
export const LOG_AREAS: Invalidation[] = ['feedback', 'lessons', 'practice', 'exchanges', 'requests', 'timeline', 'patterns'];
