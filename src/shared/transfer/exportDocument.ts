import { z } from 'zod';
import { Collaborator } from '../entities/collaborator';
import { Id, Timestamp } from '../entities/common';
import { Text } from '../entities/text';
import { Exchange } from '../entities/exchange';
import { Feedback } from '../entities/feedback';
import { Confidence, DurationMin, Lesson, LessonStatus, PracticeItem } from '../entities/lesson';
import { Project } from '../entities/project';
import { Request } from '../entities/request';
import { Answers } from '../entities/selfAssessment';
import { ENTRY_KINDS, KINDS, RECORD_KINDS, RECORDS, type EntryKind, type Kinds } from '../kinds';
import { checkAnswers, missingCount, questionnaireOf } from '../selfAssessment/questionnaire';
import { AnalysisSettings } from '../settings';

/**
 * The export document (docs/EXPORT.md): every stored field of every record, built from the
 * entities' own schemas minus what the app derives when it reads (names joined in, the ledger's
 * benefit and weight, counts). Strict objects, so a misspelt field is named, never dropped.
 */
export const EXPORT_FORMAT = 'counterpoint-export';
export const EXPORT_VERSION = 1;

export const ProjectRecord = z.strictObject(Project.omit({ memberCount: true }).shape).refine(
  (value) => !value.startDate || !value.endDate || value.startDate <= value.endDate,
  { message: 'The end date cannot be before the start date', path: ['endDate'] },
);
export type ProjectRecord = z.infer<typeof ProjectRecord>;

export const CollaboratorRecord = z.strictObject(Collaborator.shape).refine(
  (value) => new Set(value.roles).size === value.roles.length,
  { message: 'Each role can be listed once', path: ['roles'] },
);
export type CollaboratorRecord = z.infer<typeof CollaboratorRecord>;

/** Someone on a project; identified by the pair. */
export const ProjectMemberRecord = z.strictObject({
  projectId: Id,
  collaboratorId: Id,
  role: Text,
  addedAt: Timestamp,
});
export type ProjectMemberRecord = z.infer<typeof ProjectMemberRecord>;

const FeedbackShape = Feedback.omit({
  collaboratorName: true,
  projectTitle: true,
  anchorLabel: true,
  benefit: true,
  weight: true,
}).shape;

export const FeedbackRecord = z
  .strictObject(FeedbackShape)
  .refine((value) => value.anchor.kind !== 'time' || value.anchor.startSec >= 0, {
    message: 'Times cannot be negative',
    path: ['anchor', 'startSec'],
  })
  .refine(
    (value) => value.anchor.kind !== 'time' || value.anchor.endSec === null || value.anchor.endSec > value.anchor.startSec,
    { message: 'The end of a time range must come after its start', path: ['anchor', 'endSec'] },
  )
  .refine((value) => (value.status === 'open') === (value.statusDate === null), {
    message: 'The status date is empty exactly while the feedback is open',
    path: ['statusDate'],
  })
  .refine((value) => value.status !== 'declined' || value.declineReason !== '', {
    message: 'A declined entry needs a reason',
    path: ['declineReason'],
  });
export type FeedbackRecord = z.infer<typeof FeedbackRecord>;

/** A practice item inside its lesson: in order, with its own times. */
export const PracticeItemRecord = z.strictObject({
  ...PracticeItem.omit({ lessonId: true, done: true }).shape,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PracticeItemRecord = z.infer<typeof PracticeItemRecord>;

export const LessonRecord = z
  .strictObject({
    ...Lesson.omit({
      collaboratorName: true,
      projectTitle: true,
      benefit: true,
      weight: true,
      practiceDone: true,
      practice: true,
    }).shape,
    /** Exports written before lessons could be planned have none: every lesson then was held. */
    status: LessonStatus.default('held'),
    durationMin: DurationMin,
    confidence: Confidence.nullable(),
    practice: z.array(PracticeItemRecord),
  })
  .refine((value) => new Set(value.practice.map((item) => item.id)).size === value.practice.length, {
    message: 'Each practice item can appear only once',
    path: ['practice'],
  })
  .refine((value) => value.status === 'held' || value.practice.length === 0, {
    message: 'Only a held lesson has practice items',
    path: ['practice'],
  });
export type LessonRecord = z.infer<typeof LessonRecord>;

/** Help is an exchange logged directly; its source is implied. Derived exchanges are not exported. */
export const HelpRecord = z.strictObject(
  Exchange.omit({
    source: true,
    sourceId: true,
    sourceHref: true,
    editable: true,
    collaboratorName: true,
    projectTitle: true,
    summary: true,
  }).shape,
);
export type HelpRecord = z.infer<typeof HelpRecord>;

export const RequestRecord = z
  .strictObject(Request.omit({ collaboratorName: true, projectTitle: true }).shape)
  .refine((value) => (value.outcome === 'pending') === (value.dateResolved === null), {
    message: 'The resolution date is empty exactly while the request is pending',
    path: ['dateResolved'],
  })
  .refine((value) => value.dateResolved === null || value.dateResolved >= value.dateAsked, {
    message: 'A request cannot be resolved before it was asked',
    path: ['dateResolved'],
  });
export type RequestRecord = z.infer<typeof RequestRecord>;

/** The record of each kind of entry; a kind missing here is a compile error. */
export const ENTRY_RECORDS = {
  feedback: FeedbackRecord,
  lesson: LessonRecord,
  help: HelpRecord,
  request: RequestRecord,
} as const satisfies Record<EntryKind, z.ZodType>;

export interface EntryRecords {
  feedback: FeedbackRecord;
  lesson: LessonRecord;
  help: HelpRecord;
  request: RequestRecord;
}

/**
 * A self-assessment: its answers by item id, checked against its own questionnaire version (a
 * version this Counterpoint does not know is refused rather than scored with the wrong keys); a
 * completed one has every answer. Scores are not exported: they follow from the answers.
 */
export const SelfAssessmentRecord = z
  .strictObject({
    id: Id,
    questionnaireVersion: z.number().int().positive(),
    answers: Answers,
    /** Null while it is in progress. */
    completedAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    deletedAt: Timestamp.nullable(),
  })
  .superRefine((value, ctx) => {
    const refusal = checkAnswers(value.questionnaireVersion, value.answers);
    if (refusal) {
      ctx.addIssue({ code: 'custom', message: refusal.message, path: [refusal.problem === 'unknown-version' ? 'questionnaireVersion' : 'answers'] });
      return;
    }
    const questionnaire = questionnaireOf(value.questionnaireVersion);
    const missing = questionnaire ? missingCount(questionnaire, value.answers) : 0;
    if (value.completedAt !== null && missing > 0) {
      ctx.addIssue({ code: 'custom', message: `A completed self-assessment answers every question; ${missing} missing`, path: ['answers'] });
    }
  });
export type SelfAssessmentRecord = z.infer<typeof SelfAssessmentRecord>;

/** The document's arrays, in the order they are written: what entries point at comes first, records with no person last. */
export const SECTIONS = [
  'projects',
  'collaborators',
  'projectMembers',
  ...ENTRY_KINDS.map((kind) => KINDS[kind].area),
  RECORDS.selfAssessment.area,
] as ['projects', 'collaborators', 'projectMembers', ...Kinds[EntryKind]['area'][], 'selfAssessments'];
export type Section = 'projects' | 'collaborators' | 'projectMembers' | Kinds[EntryKind]['area'] | 'selfAssessments';

/**
 * Sections added after the format's first release: an export written before them has no such
 * list, which reads as an empty one (the format's version stays 1, since every older file still reads).
 */
export const LATER_SECTIONS: readonly Section[] = ['selfAssessments'];

/** The entry kind a section holds, if it holds entries. */
export const kindOfSection = (section: Section): EntryKind | undefined =>
  ENTRY_KINDS.find((kind) => KINDS[kind].area === section);

export const SECTION_RECORDS = {
  projects: ProjectRecord,
  collaborators: CollaboratorRecord,
  projectMembers: ProjectMemberRecord,
  ...(Object.fromEntries(ENTRY_KINDS.map((kind) => [KINDS[kind].area, ENTRY_RECORDS[kind]])) as {
    [K in EntryKind as Kinds[K]['area']]: (typeof ENTRY_RECORDS)[K];
  }),
  selfAssessments: SelfAssessmentRecord,
};

/** The settings a library carries: the pattern engine's rules (window size and place stay on the machine). */
export const ExportSettings = z.strictObject({ analysis: AnalysisSettings });
export type ExportSettings = z.infer<typeof ExportSettings>;

/** What comes before the arrays: what the file is and where it came from. */
export const ExportHeader = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { message: `This is not a Counterpoint export (format must be "${EXPORT_FORMAT}")` }),
  version: z.literal(EXPORT_VERSION, {
    message: `This export's version is not one this Counterpoint reads (it reads version ${EXPORT_VERSION})`,
  }),
  exportedAt: Timestamp,
  /** The library's schema (migration) version when it was exported. */
  schemaVersion: z.number().int().min(1),
  settings: ExportSettings,
});
export type ExportHeader = z.infer<typeof ExportHeader>;

export const HEADER_FIELDS = Object.keys(ExportHeader.shape) as (keyof ExportHeader)[];

export const ExportDocument = z.strictObject({
  ...ExportHeader.shape,
  ...(Object.fromEntries(SECTIONS.filter((section) => !LATER_SECTIONS.includes(section)).map((section) => [section, z.array(SECTION_RECORDS[section])])) as {
    [S in Exclude<Section, 'selfAssessments'>]: z.ZodArray<(typeof SECTION_RECORDS)[S]>;
  }),
  /** Written by every export since schema 6; an older export has none. */
  selfAssessments: z.array(SelfAssessmentRecord).optional(),
});
export type ExportDocument = z.infer<typeof ExportDocument>;

/** What can be exported as CSV: people, projects, each kind of record (the entry kinds and self-assessments). */
export const CSV_TABLES = ['collaborators', 'projects', ...RECORD_KINDS] as const;
export const CsvTable = z.enum(CSV_TABLES, { message: 'Choose people, projects, a kind of entry or self-assessments' });
export type CsvTable = z.infer<typeof CsvTable>;
