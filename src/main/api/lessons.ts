import type Database from 'better-sqlite3';
import type { lessonMethods } from '../../shared/contract/lessons';
import type { Lesson, LessonPatch, PracticeEntry } from '../../shared/entities/lesson';
import { KINDS } from '../../shared/kinds';
import { findLesson, insertLesson, lessonRecordOf, listLessons, updateLesson, type LessonRecord } from '../db/lessonRepository';
import { decodePracticeCursor } from '../db/practiceCursor';
import {
  findPracticeEntry,
  listPractice,
  replacePracticeItems,
  setPracticeDone,
  type PracticeRecord,
} from '../db/practiceRepository';
import { ApiError, notFound, type HandlersFor } from './context';
import { entryAccess, entryHandlers } from './entryHandlers';
import { lessonPlanHandlers, notInPast } from './lessonPlans';
import { calendarOf, checkEdit, invalid, laterOf, notInFuture, openingOf, pageRequest, type Calendar } from './logChecks';

const lessons = entryAccess(KINDS.lesson, findLesson);

/**
 * Practice is assigned at or after the lesson, so neither a due date nor a done date may
 * come before it; a done date, being an event, may not lie in the future either.
 */
function checkPractice(calendar: Calendar, lessonDate: string, items: readonly PracticeRecord[], blame: string | null) {
  items.forEach((item, index) => {
    const path = (field: string) => blame ?? `practice.${index}.${field}`;
    if (item.dueDate !== null && item.dueDate < lessonDate) {
      throw invalid(path('dueDate'), `"${item.text}" is due before the lesson (${lessonDate})`);
    }
    if (item.doneDate !== null) {
      if (item.doneDate < lessonDate) {
        throw invalid(path('doneDate'), `"${item.text}" cannot be done before the lesson (${lessonDate})`);
      }
      notInFuture(calendar, item.doneDate, path('doneDate'), 'A done date');
    }
  });
}

/** The new practice list of an edit, with what each kept item already stored filled in. */
function mergePractice(current: Lesson, edits: NonNullable<LessonPatch['practice']>): PracticeRecord[] {
  const stored = new Map(current.practice.map((item) => [item.id, item]));
  return edits.map((edit, index) => {
    if (edit.id === undefined) {
      return { text: edit.text, dueDate: edit.dueDate ?? null, doneDate: edit.doneDate ?? null };
    }
    const kept = stored.get(edit.id);
    if (!kept) throw invalid(`practice.${index}.id`, 'That practice item is not part of this lesson any more');
    return {
      id: kept.id,
      text: edit.text,
      dueDate: edit.dueDate === undefined ? kept.dueDate : edit.dueDate,
      doneDate: edit.doneDate === undefined ? kept.doneDate : edit.doneDate,
    };
  });
}

/**
 * An edit of a lesson that has not happened: a planned one stays today or later (its day passes by
 * waiting, not by an edit); a cancelled one keeps the day it was planned for. What a lesson brings
 * (takeaways, confidence, practice) comes when it is marked held.
 */
function checkNotHeldEdit(
  ctx: Parameters<typeof checkEdit>[0],
  current: Lesson,
  patch: Omit<LessonPatch, 'id'>,
  next: LessonRecord,
): void {
  const { date, ...rest } = patch;
  checkEdit(ctx, rest, next, KINDS.lesson.dateField);
  const what = current.status === 'planned' ? 'A planned lesson' : 'A cancelled lesson';
  if (date !== undefined && date !== current.date) {
    if (current.status === 'cancelled') throw invalid('date', 'A cancelled lesson keeps the day it was planned for');
    notInPast(calendarOf(ctx), date, 'date', 'A planned lesson is for today or a later day');
  }
  if (patch.takeaways !== undefined && patch.takeaways !== '') {
    throw invalid('takeaways', `${what} has no takeaways yet: they are written when it is marked held`);
  }
  if (patch.confidence !== undefined && patch.confidence !== null) {
    throw invalid('confidence', `${what} has no confidence yet: it is given when it is marked held`);
  }
  if (patch.practice !== undefined && patch.practice.length > 0) {
    throw invalid('practice', `${what} has no practice yet: add it once the lesson is held`);
  }
}

function requirePracticeEntry(db: Database.Database, id: string, today: string): PracticeEntry {
  const entry = findPracticeEntry(db, id, today);
  if (!entry) throw notFound('That practice item');
  return entry;
}

export const lessonHandlers: HandlersFor<typeof lessonMethods> = {
  'lessons.list': ({ limit, cursor, offset, ...filter }, { db }) =>
    listLessons(db, filter, pageRequest({ limit, cursor, offset })),

  ...entryHandlers(lessons),

  ...lessonPlanHandlers,

  'lessons.create': ({ practice, ...fields }, ctx) =>
    ctx.write(() => {
      const date = openingOf(ctx, fields, KINDS.lesson.dateField);
      const items = practice.map((item) => ({ text: item.text, dueDate: item.dueDate, doneDate: null }));
      checkPractice(calendarOf(ctx), date, items, null);
      const id = insertLesson(ctx.db, { ...fields, status: 'held', date }, ctx.at);
      replacePracticeItems(ctx.db, id, items, ctx.at);
      return lessons.require(ctx.db, id);
    }),

  'lessons.update': ({ id, practice, ...patch }, ctx) =>
    ctx.write(() => {
      const current = lessons.requireEditable(ctx.db, id);
      const calendar = calendarOf(ctx);
      const next: LessonRecord = { ...lessonRecordOf(current), ...patch };
      if (current.status === 'held') checkEdit(ctx, patch, next, KINDS.lesson.dateField);
      else checkNotHeldEdit(ctx, current, { ...patch, practice }, next);
      if (practice) {
        const items = mergePractice(current, practice);
        checkPractice(calendar, next.date, items, null);
        replacePracticeItems(ctx.db, id, items, ctx.at);
      } else if (patch.date !== undefined) {
        // Moving the lesson later must not leave its practice due before it.
        checkPractice(calendar, next.date, current.practice, 'date');
      }
      updateLesson(ctx.db, id, next, ctx.at);
      return lessons.require(ctx.db, id);
    }),

  'practice.list': ({ limit, cursor, ...filter }, ctx) => {
    if (cursor === undefined) return listPractice(ctx.db, filter, limit, ctx.today);
    const after = decodePracticeCursor(cursor);
    if (!after) throw invalid('cursor', 'This list has moved on since it was loaded; reload it to continue.');
    return listPractice(ctx.db, filter, limit, ctx.today, after);
  },

  'practice.setDone': ({ id, done, date }, ctx) =>
    ctx.write(() => {
      const calendar = calendarOf(ctx);
      const entry = requirePracticeEntry(ctx.db, id, calendar.today);
      const lesson = lessons.require(ctx.db, entry.lessonId);
      if (lesson.deletedAt !== null) {
        throw new ApiError('CONFLICT', 'This practice item belongs to a deleted lesson. Restore the lesson first.');
      }
      let doneDate: string | null = null;
      if (done) {
        // Ticking an item that is already done keeps the day it was done unless a new one is given.
        doneDate = date ?? entry.doneDate ?? laterOf(calendar.today, lesson.date);
        if (doneDate < lesson.date) throw invalid('date', `It cannot be done before the lesson (${lesson.date})`);
        notInFuture(calendar, doneDate, 'date', 'The done date');
      }
      if (doneDate !== entry.doneDate) setPracticeDone(ctx.db, id, doneDate, ctx.at);
      return requirePracticeEntry(ctx.db, id, calendar.today);
    }),
};
