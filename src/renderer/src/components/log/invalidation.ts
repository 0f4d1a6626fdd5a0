import { KIND_AREAS } from '../../../../shared/kinds';
import type { Invalidation } from '../../api/hooks';

/**
 * Every write to the log can move the ledger, the timelines, the practice list and the
 * patterns drawn from them (a feedback edit re-derives its exchange), so log commands
 * refresh all of these areas, not only their own. Every kind's area comes from the registry.
 */
export const LOG_AREAS: readonly Invalidation[] = [...KIND_AREAS, 'exchanges', 'practice', 'timeline', 'patterns'];
