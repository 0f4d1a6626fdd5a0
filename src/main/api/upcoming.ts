import type { upcomingMethods } from '../../shared/contract/upcoming';
import { readUpcoming } from '../db/upcomingRepository';
import type { HandlersFor } from './context';

export const upcomingHandlers: HandlersFor<typeof upcomingMethods> = {
  'upcoming.list': ({ limit }, ctx) => readUpcoming(ctx.db, ctx.today, limit),
};
