import { z } from 'zod';
import { Upcoming } from '../entities/upcoming';
import { query } from './method';

export const UPCOMING_LIMIT_MAX = 500;

export const UpcomingInput = z.strictObject({
  /** The most rows of each list. */
  limit: z
    .number()
    .int({ message: 'The page size must be a whole number' })
    .min(1, { message: 'The page size must be at least 1' })
    .max(UPCOMING_LIMIT_MAX, { message: `Ask for at most ${UPCOMING_LIMIT_MAX} items at a time` })
    .default(100),
});

export const upcomingMethods = {
  'upcoming.list': query(UpcomingInput, Upcoming),
};
