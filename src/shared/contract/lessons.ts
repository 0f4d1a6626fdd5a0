import { z } from 'zod';
import { Id, IsoDate } from '../entities/common';
import { HeldLessonFields, Lesson, LessonRole, LessonStatus, MovedLesson, PlannedLessonFields, PracticeEntry } from '../entities/lesson';
import { PageCursor, listInput, pageOf } from '../entities/paging';
import { KINDS } from '../kinds';
import { entryMethods } from './entryMethods';
import { command, query } from './method';

export const LessonListInput = listInput({
  collaboratorId: Id.optional(),
  projectId: Id.optional(),
  role: LessonRole.optional(),
  status: LessonStatus.optional(),
  includeDeleted: z.boolean().default(false),
});

export const PRACTICE_LIMIT_MAX = 500;

export const PracticeListInput = z.strictObject({
  /** Done items too, after the open ones. */
  includeDone: z.boolean().default(false),
  collaboratorId: Id.optional(),
  projectId: Id.optional(),
  lessonId: Id.optional(),
  limit: z
    .number()
    .int({ message: 'The page size must be a whole number' })
    .min(1, { message: 'The page size must be at least 1' })
    .max(PRACTICE_LIMIT_MAX, { message: `Ask for at most ${PRACTICE_LIMIT_MAX} items at a time` })
    .default(200),
  /** The `nextCursor` of the page before: open items first, soonest due first, then done ones. */
  cursor: PageCursor,
});

export const PracticeDoneInput = z.strictObject({
  id: Id,
  done: z.boolean({ message: 'Say whether the item is done' }),
  /** The day it was done; defaults to today. Ignored when un-ticking. */
  date: IsoDate.optional(),
});

export const lessonMethods = {
  'lessons.list': query(LessonListInput, pageOf(Lesson)),
  ...entryMethods(KINDS.lesson),
  /** A lesson planned for today or later; it counts nowhere until it is marked held. */
  'lessons.plan': command(PlannedLessonFields, Lesson),
  /** What happened at a planned lesson: held (then it is an exchange), cancelled, or moved to another day. */
  'lessons.markHeld': command(HeldLessonFields, Lesson),
  'lessons.cancel': command(z.strictObject({ id: Id }), Lesson),
  'lessons.move': command(MovedLesson, Lesson),
  'practice.list': query(PracticeListInput, pageOf(PracticeEntry)),
  'practice.setDone': command(PracticeDoneInput, PracticeEntry),
};
