import type Database from 'better-sqlite3';
import type { Upcoming } from '../../shared/entities/upcoming';
import { listPlannedLessons } from './lessonRepository';
import { listPractice } from './practiceRepository';

/**
 * What lies ahead on `today`: planned lessons from today on, planned lessons whose day has passed
 * (they need an answer), and open practice with a due date; each list at most `limit` long. The
 * calendar file reads the same two sources (listPlannedLessons, listPractice with dueOnly).
 */
export function readUpcoming(db: Database.Database, today: string, limit: number): Upcoming {
  const planned = listPlannedLessons(db, { from: today }, limit);
  const unanswered = listPlannedLessons(db, { before: today }, limit);
  const practice = listPractice(db, { includeDone: false, dueOnly: true }, limit, today);
  return {
    today,
    planned: planned.items,
    unanswered: unanswered.items,
    practice: practice.items,
    totals: { planned: planned.total, unanswered: unanswered.total, practice: practice.total },
  };
}
