import type Database from 'better-sqlite3';
import type { lessonMethods } from '../../shared/contract/lessons';
import type { Lesson } from '../../shared/entities/lesson';
import { KINDS } from '../../shared/kinds';
import { findLesson, insertLesson, lessonRecordOf, updateLesson, type LessonRecord } from '../db/lessonRepository';
import { ApiError, type HandlersFor } from './context';
import { entryAccess } from './entryHandlers';
import { calendarOf, invalid, notInFuture, requireCollaboratorRef, requireProjectRef, type Calendar } from './logChecks';

/**
 * Lessons planned ahead and what became of them. A planned lesson lies today or later; once its
 * day has come the user says what happened: held (now it is an exchange, with takeaways and
 * confidence), cancelled, or moved to another day. Only a planned lesson can be answered, and a held
 * one never goes back: what happened stays in the record.
 */

const lessons = entryAccess(KINDS.lesson, findLesson);

/** A planned lesson's day: today or later. */
export function notInPast(calendar: Calendar, date: string, path: string, message: string): void {
  if (date < calendar.today) throw invalid(path, message);
}

const PLANNED_IN_PAST = 'A planned lesson is for today or a later day. To log a lesson that already happened, use Log a lesson.';
const MOVED_TO_PAST = 'Move the lesson to today or a later day';

const ANSWERED: Record<Exclude<Lesson['status'], 'planned'>, string> = {
  held: 'This lesson is already marked held: only a planned lesson can be answered. Edit it to change what was logged.',
  cancelled: 'This lesson was cancelled: only a planned lesson can be answered. Plan a new one to meet again.',
};

/** A live lesson that is still planned. */
function requirePlanned(db: Database.Database, id: string): Lesson {
  const lesson = lessons.requireEditable(db, id);
  if (lesson.status !== 'planned') throw new ApiError('CONFLICT', ANSWERED[lesson.status]);
  return lesson;
}

function rewrite(db: Database.Database, current: Lesson, change: Partial<LessonRecord>, at: string): Lesson {
  updateLesson(db, current.id, { ...lessonRecordOf(current), ...change }, at);
  return lessons.require(db, current.id);
}

export type PlanMethods = Pick<typeof lessonMethods, 'lessons.plan' | 'lessons.markHeld' | 'lessons.cancel' | 'lessons.move'>;

export const lessonPlanHandlers: HandlersFor<PlanMethods> = {
  'lessons.plan': (fields, ctx) =>
    ctx.write(() => {
      notInPast(calendarOf(ctx), fields.date, 'date', PLANNED_IN_PAST);
      requireCollaboratorRef(ctx.db, fields.collaboratorId);
      requireProjectRef(ctx.db, fields.projectId);
      const id = insertLesson(ctx.db, { ...fields, status: 'planned', takeaways: '', confidence: null }, ctx.at);
      return lessons.require(ctx.db, id);
    }),

  'lessons.markHeld': ({ id, date, durationMin, takeaways, confidence }, ctx) =>
    ctx.write(() => {
      const current = requirePlanned(ctx.db, id);
      const calendar = calendarOf(ctx);
      // By default it was held on the day it was planned for, once that day has come.
      const day = date ?? (current.date <= calendar.today ? current.date : calendar.today);
      notInFuture(calendar, day, 'date', 'The day it was held');
      return rewrite(
        ctx.db,
        current,
        { status: 'held', date: day, durationMin: durationMin ?? current.durationMin, takeaways, confidence },
        ctx.at,
      );
    }),

  'lessons.cancel': ({ id }, ctx) =>
    ctx.write(() => rewrite(ctx.db, requirePlanned(ctx.db, id), { status: 'cancelled' }, ctx.at)),

  'lessons.move': ({ id, date }, ctx) =>
    ctx.write(() => {
      const current = requirePlanned(ctx.db, id);
      notInPast(calendarOf(ctx), date, 'date', MOVED_TO_PAST);
      return rewrite(ctx.db, current, { date }, ctx.at);
    }),
};
