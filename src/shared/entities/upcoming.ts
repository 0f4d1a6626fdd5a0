import { z } from 'zod';
import { IsoDate } from './common';
import { Lesson, PracticeEntry } from './lesson';

/**
 * What lies ahead: lessons planned from today on, practice with a due date that is not done yet
 * (overdue items marked), and planned lessons whose day has passed, waiting for the user to say
 * what happened. Each list is capped; its total says how many there are in all.
 */
export const Upcoming = z.object({
  /** The day the lists were read against (the user's today). */
  today: IsoDate,
  /** Planned for today or later, soonest first. */
  planned: z.array(Lesson),
  /** Planned for a day before today, oldest first: held, cancelled or moved? */
  unanswered: z.array(Lesson),
  /** Open practice with a due date, soonest due first. */
  practice: z.array(PracticeEntry),
  totals: z.object({ planned: z.number().int(), unanswered: z.number().int(), practice: z.number().int() }),
});
export type Upcoming = z.infer<typeof Upcoming>;
