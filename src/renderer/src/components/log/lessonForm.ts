import type { z } from 'zod';
import type { Benefit, Weight } from '../../../../shared/entities/exchange';
import { type Lesson, type LessonFields, type LessonPatch, type LessonRole, type LessonStatus, type PlannedLessonFields } from '../../../../shared/entities/lesson';
import { lessonValue } from '../../../../shared/ledgerRules';
import { todayIso } from './dates';

/** The lesson form's values and how they map to the contract; shared by the full form and quick capture. */

/** One practice assignment as the editor holds it; `key` is the editor's own, `id` the saved item's. */
export interface PracticeDraft {
  key: string;
  id?: string;
  text: string;
  dueDate: string;
  doneDate: string | null;
}

export interface LessonFormValues {
  /** A new lesson is either logged as held or planned ahead; an edit keeps the lesson's. */
  status: LessonStatus;
  collaboratorId: string;
  projectId: string;
  userRole: LessonRole;
  date: string;
  /** As typed, in minutes. */
  durationMin: string;
  topics: string;
  takeaways: string;
  confidence: number | null;
  benefitOverride: Benefit | null;
  weightOverride: Weight | null;
  practice: PracticeDraft[];
}

export const LESSON_FIELDS = [
  'status',
  'collaboratorId',
  'projectId',
  'userRole',
  'date',
  'durationMin',
  'topics',
  'takeaways',
  'confidence',
  'benefitOverride',
  'weightOverride',
  'practice',
] as const;
export type LessonField = (typeof LESSON_FIELDS)[number];

export const LESSON_WORDING: Partial<Record<LessonField, string>> = {
  collaboratorId: 'Choose who the lesson was with',
  topics: 'Say what the lesson was about',
};

let nextKey = 0;
export const newPracticeDraft = (start: Partial<PracticeDraft> = {}): PracticeDraft => ({
  key: `practice-${++nextKey}`,
  text: '',
  dueDate: '',
  doneDate: null,
  ...start,
});

export function emptyLesson(start: Partial<LessonFormValues> = {}): LessonFormValues {
  return {
    status: 'held',
    collaboratorId: '',
    projectId: '',
    userRole: 'learner',
    date: todayIso(),
    durationMin: '60',
    topics: '',
    takeaways: '',
    confidence: null,
    benefitOverride: null,
    weightOverride: null,
    practice: [],
    ...start,
  };
}

export const lessonValuesOf = (lesson: Lesson): LessonFormValues => ({
  status: lesson.status,
  collaboratorId: lesson.collaboratorId,
  projectId: lesson.projectId ?? '',
  userRole: lesson.userRole,
  date: lesson.date,
  durationMin: String(lesson.durationMin),
  topics: lesson.topics,
  takeaways: lesson.takeaways,
  confidence: lesson.confidence,
  benefitOverride: lesson.benefitOverride,
  weightOverride: lesson.weightOverride,
  practice: lesson.practice.map((item) =>
    newPracticeDraft({ id: item.id, text: item.text, dueDate: item.dueDate ?? '', doneDate: item.doneDate }),
  ),
});

/** An empty minutes field is not "the default hour": NaN makes the schema say a number is needed. */
const minutesOf = (typed: string) => (typed.trim() === '' ? Number.NaN : Number(typed));

/** Rows left completely blank are dropped rather than reported: adding one too many is not a mistake. */
const keptPractice = (practice: readonly PracticeDraft[]) => practice.filter((item) => item.text.trim() !== '' || item.dueDate !== '');

const baseFields = (values: LessonFormValues) => ({
  collaboratorId: values.collaboratorId,
  projectId: values.projectId || null,
  userRole: values.userRole,
  date: values.date,
  durationMin: minutesOf(values.durationMin),
  topics: values.topics,
  takeaways: values.takeaways,
  confidence: values.confidence,
  benefitOverride: values.benefitOverride,
  weightOverride: values.weightOverride,
});

/** What lessons.create takes; also what the form checks before sending either way. */
export const lessonFieldsOf = (values: LessonFormValues): z.input<typeof LessonFields> => ({
  ...baseFields(values),
  practice: keptPractice(values.practice).map((item) => ({ text: item.text, dueDate: item.dueDate || null })),
});

/** What lessons.plan takes: what the lesson will be; takeaways, confidence and practice come when it is held. */
export function plannedLessonFieldsOf(values: LessonFormValues): z.input<typeof PlannedLessonFields> {
  const { takeaways: _takeaways, confidence: _confidence, ...planned } = baseFields(values);
  return planned;
}

/** What lessons.update takes: the whole practice list in order, saved items by id (done dates kept). */
export const lessonPatchOf = (id: string, values: LessonFormValues): z.input<typeof LessonPatch> => ({
  id,
  ...baseFields(values),
  practice: keptPractice(values.practice).map((item) => ({
    ...(item.id ? { id: item.id } : {}),
    text: item.text,
    dueDate: item.dueDate || null,
    doneDate: item.doneDate,
  })),
});

/** What the lesson counts as per row of the ledger, as the form stands (an unreadable duration counts as the default hour). */
export function lessonCountsAs(values: Pick<LessonFormValues, 'durationMin' | 'benefitOverride' | 'weightOverride'>) {
  const minutes = minutesOf(values.durationMin);
  return lessonValue({
    durationMin: Number.isFinite(minutes) && minutes > 0 ? minutes : 60,
    benefitOverride: values.benefitOverride,
    weightOverride: values.weightOverride,
  });
}

/** Why the default is what it is: "the default for a 60-minute lesson". */
export function lessonDefaultReason(durationMin: string): string {
  const minutes = minutesOf(durationMin);
  return Number.isFinite(minutes) && minutes > 0 ? `the default for a ${minutes}-minute lesson` : 'the default for a lesson';
}

export const LESSON_ROLE_NOTE: Record<LessonRole, string> = {
  learner: 'As the learner, you received it.',
  teacher: 'As the teacher, you gave it.',
  peers: 'A peers’ swap counts both ways: once given and once received.',
};
