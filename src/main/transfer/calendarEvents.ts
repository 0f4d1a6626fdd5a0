import type Database from 'better-sqlite3';
import { addDays } from '../../shared/checkIn';
import type { ReminderSummary } from '../../shared/reminders';
import { checkInsDue } from '../db/checkInRepository';
import { listPlannedLessons } from '../db/lessonRepository';
import { listPractice } from '../db/practiceRepository';
import type { CalendarEvent } from './calendarFile';

/** No list in the calendar is cut short; this is only SQLite's LIMIT. */
const ALL = 1_000_000;
/** The longest cadence is five years, so every next check-in falls within this many days. */
const CHECK_IN_HORIZON_DAYS = 5 * 366;

/**
 * What the calendar holds on `today`: lessons planned from today on, open practice with a due
 * date, and the next check-in of everyone with a cadence. What is overdue (practice, a check-in)
 * is put on today, where the user will see it, with the day it was due in its description.
 * A check-in and a practice due date are derived from other records, so their revision is the
 * export (`stamp`): each export is the newest word on them. A lesson's is its own updated_at.
 */
export function calendarEvents(db: Database.Database, today: string, stamp: string): CalendarEvent[] {
  const lessons = listPlannedLessons(db, { from: today }, ALL).items.map(
    (lesson): CalendarEvent => ({
      kind: 'lesson',
      recordId: lesson.id,
      date: lesson.date,
      summary: `Lesson with ${lesson.collaboratorName}`,
      description: [lesson.topics, lesson.projectTitle ? `Project: ${lesson.projectTitle}` : ''].filter(Boolean).join('\n'),
      updatedAt: lesson.updatedAt,
      categories: ['Lesson'],
    }),
  );
  const practice = listPractice(db, { includeDone: false, dueOnly: true }, ALL, today).items.flatMap((item): CalendarEvent[] =>
    item.dueDate === null
      ? []
      : [
          {
            kind: 'practice',
            recordId: item.id,
            date: item.dueDate < today ? today : item.dueDate,
            summary: `Practice: ${item.text}`,
            description: [
              item.dueDate < today ? `Overdue: it was due on ${item.dueDate}.` : '',
              `From the lesson with ${item.collaboratorName} on ${item.lesson.date}: ${item.lesson.topics}`,
            ]
              .filter(Boolean)
              .join('\n'),
            updatedAt: stamp,
            categories: ['Practice'],
          },
        ],
  );
  const checkIns = checkInsDue(db, today, { within: CHECK_IN_HORIZON_DAYS })
    .filter((due) => due.source === 'cadence')
    .map(
      (due): CalendarEvent => ({
        kind: 'check-in',
        recordId: due.collaboratorId,
        date: due.dueDate < today ? today : due.dueDate,
        summary: `Check in with ${due.collaboratorName}`,
        description: [due.dueDate < today ? `Overdue: it was due on ${due.dueDate}.` : '', due.reason].filter(Boolean).join('\n'),
        updatedAt: stamp,
        categories: ['Check-in'],
      }),
    );
  return [...lessons, ...practice, ...checkIns];
}

/** The day's reminder counts, from the same records as the calendar: what falls on today or is overdue. */
export function reminderSummary(db: Database.Database, today: string): ReminderSummary {
  const dueByToday = (day: string | null) => day !== null && day <= today;
  return {
    day: today,
    checkInsDue: checkInsDue(db, today, { within: 0 }).filter((due) => due.source === 'cadence' && due.overdueDays >= 0).length,
    lessonsToday: listPlannedLessons(db, { from: today, before: addDays(today, 1) }, 1).total,
    practiceDue: listPractice(db, { includeDone: false, dueOnly: true }, ALL, today).items.filter((item) => dueByToday(item.dueDate)).length,
  };
}
