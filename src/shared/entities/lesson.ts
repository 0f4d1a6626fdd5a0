import { z } from 'zod';
import { Id, IsoDate, Timestamp } from './common';
import { Text, optionalText, requiredText } from './text';
import { Benefit, Weight } from './exchange';

/** The user's role in the lesson: learning, teaching, or two peers swapping skills. */
export const LessonRole = z.enum(['learner', 'teacher', 'peers'], { message: 'Choose learner, teacher or peers' });
export type LessonRole = z.infer<typeof LessonRole>;
export const LESSON_ROLES = LessonRole.options;

export const LESSON_ROLE_LABELS: Record<LessonRole, string> = {
  learner: 'I was the learner',
  teacher: 'I was the teacher',
  peers: 'Peers swapping',
};

/**
 * Whether the lesson happened. Only a held lesson is an exchange (in the ledger, the timelines and
 * the patterns); a planned one waits for its day and then for the user to say what happened.
 */
export const LessonStatus = z.enum(['planned', 'held', 'cancelled'], { message: 'Choose planned, held or cancelled' });
export type LessonStatus = z.infer<typeof LessonStatus>;
export const LESSON_STATUSES = LessonStatus.options;

export const LESSON_STATUS_LABELS: Record<LessonStatus, string> = {
  planned: 'Planned',
  held: 'Held',
  cancelled: 'Cancelled',
};

/** "I could do this alone", 1 (not at all) to 5 (fully). */
export const Confidence = z
  .number({ message: 'Confidence is a number from 1 to 5' })
  .int({ message: 'Confidence is a whole number from 1 to 5' })
  .min(1, { message: 'Confidence is a number from 1 to 5' })
  .max(5, { message: 'Confidence is a number from 1 to 5' });

export const DurationMin = z
  .number({ message: 'The duration is a number of minutes' })
  .int({ message: 'The duration is a whole number of minutes' })
  .min(1, { message: 'A lesson lasts at least a minute' })
  .max(24 * 60, { message: 'A lesson lasts at most 24 hours' });

export const PRACTICE_ITEMS_MAX = 50;

export const PracticeItem = z.object({
  id: Id,
  lessonId: Id,
  text: Text,
  dueDate: IsoDate.nullable(),
  doneDate: IsoDate.nullable(),
  done: z.boolean(),
  position: z.number().int(),
});
export type PracticeItem = z.infer<typeof PracticeItem>;

export const Lesson = z.object({
  id: Id,
  collaboratorId: Id,
  collaboratorName: z.string(),
  projectId: Id.nullable(),
  projectTitle: z.string().nullable(),
  userRole: LessonRole,
  status: LessonStatus,
  date: IsoDate,
  durationMin: z.number().int(),
  topics: Text,
  takeaways: Text,
  confidence: z.number().int().nullable(),
  benefitOverride: Benefit.nullable(),
  weightOverride: Weight.nullable(),
  /** What the lesson counts as in the ledger: the override, or the default mapping. */
  benefit: Benefit,
  weight: Weight,
  /** In the order they were written down. */
  practice: z.array(PracticeItem),
  practiceDone: z.number().int(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Lesson = z.infer<typeof Lesson>;

const practiceText = requiredText('The practice item', 500, 'one line');

export const NewPracticeItem = z.strictObject({
  text: practiceText,
  /** May lie in the future: it is a deadline, not an event. */
  dueDate: IsoDate.nullable().default(null),
});

/** An item in the lesson's new practice list: with the id of an existing item to keep it, without to add one. */
export const PracticeItemEdit = z.strictObject({
  id: Id.optional(),
  text: practiceText,
  /** Undefined keeps an existing item's value. */
  dueDate: IsoDate.nullable().optional(),
  doneDate: IsoDate.nullable().optional(),
});

const uniqueIds = (items: readonly { id?: string | undefined }[]) => {
  const ids = items.flatMap((item) => (item.id ? [item.id] : []));
  return new Set(ids).size === ids.length;
};

const lessonShape = {
  collaboratorId: Id,
  projectId: Id.nullable(),
  userRole: LessonRole,
  date: IsoDate,
  durationMin: DurationMin,
  topics: requiredText('Topics', 2000, 'paragraphs', 'Topics are required'),
  takeaways: optionalText('The takeaways', 10000, 'paragraphs'),
  confidence: Confidence.nullable(),
  benefitOverride: Benefit.nullable(),
  weightOverride: Weight.nullable(),
};

/** A new lesson with its practice items. `date` defaults to today. */
export const LessonFields = z.strictObject({
  ...lessonShape,
  projectId: lessonShape.projectId.default(null),
  userRole: lessonShape.userRole.default('learner'),
  date: lessonShape.date.optional(),
  durationMin: lessonShape.durationMin.default(60),
  takeaways: lessonShape.takeaways.default(''),
  confidence: lessonShape.confidence.default(null),
  benefitOverride: lessonShape.benefitOverride.default(null),
  weightOverride: lessonShape.weightOverride.default(null),
  practice: z
    .array(NewPracticeItem)
    .max(PRACTICE_ITEMS_MAX, { message: `A lesson can have at most ${PRACTICE_ITEMS_MAX} practice items` })
    .default([]),
});
export type LessonFields = z.infer<typeof LessonFields>;

/**
 * A lesson planned ahead: its day is today or later, and what it brings (takeaways, confidence,
 * practice) is written when it is marked held.
 */
export const PlannedLessonFields = z.strictObject({
  collaboratorId: lessonShape.collaboratorId,
  projectId: lessonShape.projectId.default(null),
  userRole: lessonShape.userRole.default('learner'),
  date: IsoDate,
  durationMin: lessonShape.durationMin.default(60),
  topics: lessonShape.topics,
  benefitOverride: lessonShape.benefitOverride.default(null),
  weightOverride: lessonShape.weightOverride.default(null),
});
export type PlannedLessonFields = z.infer<typeof PlannedLessonFields>;

/** What happened at a planned lesson: it was held, on a day not in the future (by default the day it was planned for, if that has come). */
export const HeldLessonFields = z.strictObject({
  id: Id,
  date: IsoDate.optional(),
  durationMin: DurationMin.optional(),
  takeaways: lessonShape.takeaways.default(''),
  confidence: lessonShape.confidence.default(null),
});
export type HeldLessonFields = z.infer<typeof HeldLessonFields>;

/** A planned lesson moved to another day, today or later. */
export const MovedLesson = z.strictObject({ id: Id, date: IsoDate });

/**
 * Only the fields present change. `practice`, when present, is the whole new list in order:
 * items sent with their id are kept (and keep that id), new ones are added, missing ones removed.
 */
export const LessonPatch = z
  .strictObject({
    id: Id,
    ...lessonShape,
    practice: z
      .array(PracticeItemEdit)
      .max(PRACTICE_ITEMS_MAX, { message: `A lesson can have at most ${PRACTICE_ITEMS_MAX} practice items` })
      .refine(uniqueIds, { message: 'Each practice item can appear only once' }),
  })
  .partial()
  .required({ id: true });
export type LessonPatch = z.infer<typeof LessonPatch>;

/** A practice item as the practice list shows it: with its lesson and who it was with. */
export const PracticeEntry = PracticeItem.extend({
  /** Not done and due before today. */
  overdue: z.boolean(),
  lesson: z.object({ id: Id, date: IsoDate, topics: z.string(), userRole: LessonRole }),
  collaboratorId: Id,
  collaboratorName: z.string(),
  projectId: Id.nullable(),
  projectTitle: z.string().nullable(),
});
export type PracticeEntry = z.infer<typeof PracticeEntry>;
