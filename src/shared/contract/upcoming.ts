import { z } from 'zod';
import { PageLimit } from '../entities/paging';
import { Upcoming } from '../entities/upcoming';
import { query } from './method';

export const UpcomingInput = z.strictObject({
  /** The most rows of each list. */
  limit: PageLimit,
});

export const upcomingMethods = {
  'upcoming.list': query(UpcomingInput, Upcoming),
};
