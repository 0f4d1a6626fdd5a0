import type { selfAssessmentMethods } from '../../shared/contract/selfAssessments';
import type { SelfAssessment, SelfAssessmentDraft } from '../../shared/entities/selfAssessment';
import { RECORDS } from '../../shared/kinds';
import { QUESTIONNAIRE_VERSION, questionnaireOf, scoreAnswers, type Scores } from '../../shared/selfAssessment/questionnaire';
import { deleteEntry, deleteEntryForever, restoreEntry } from '../db/softDelete';
import {
  findInProgress,
  findSelfAssessment,
  insertSelfAssessment,
  listCompleted,
  markCompleted,
  saveAnswers,
  type CompletedKey,
  type SelfAssessmentRecord,
} from '../db/selfAssessmentRepository';
import type Database from 'better-sqlite3';
import { ApiError, notFound, type HandlersFor } from './context';
import { invalid, refuseDeleted } from './logChecks';
import { besideLog } from './selfAssessmentBesideLog';

const { labels } = RECORDS.selfAssessment;

const draftOf = ({ id, questionnaireVersion, answers, startedAt, updatedAt }: SelfAssessmentRecord): SelfAssessmentDraft => ({
  id,
  questionnaireVersion,
  answers,
  startedAt,
  updatedAt,
});

/** The scores of a completed one; its answers were checked complete when it was completed or imported. */
function scoresOf(record: SelfAssessmentRecord): Scores {
  const scoring = scoreAnswers(record.questionnaireVersion, record.answers);
  if (!scoring.ok) throw new ApiError('INTERNAL', `${labels.this} cannot be scored: ${scoring.message}`);
  return scoring.scores;
}

const assessmentOf = (record: SelfAssessmentRecord): SelfAssessment => ({
  ...record,
  scores: record.completedAt === null ? null : scoresOf(record),
});

function requireRecord(db: Database.Database, id: string): SelfAssessmentRecord {
  const record = findSelfAssessment(db, id);
  if (!record) throw notFound(labels.that);
  return record;
}

function requireInProgress(db: Database.Database, id: string): SelfAssessmentRecord {
  const record = requireRecord(db, id);
  refuseDeleted(record, labels.this);
  if (record.completedAt !== null) throw new ApiError('CONFLICT', `${labels.this} is already completed; only the one in progress can change.`);
  return record;
}

// The history's cursor: the last one shown, as (completedAt, id).
const encodeCursor = (key: CompletedKey) => Buffer.from(JSON.stringify([key.completedAt, key.id]), 'utf8').toString('base64url');

function decodeCursor(cursor: string | undefined): CompletedKey | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) {
      const [completedAt, id] = value as [string, string];
      return { completedAt, id };
    }
  } catch {
    // Not one of ours: refused below.
  }
  throw invalid('cursor', 'This list has moved on since it was loaded; reload it to continue.');
}

export const selfAssessmentHandlers: HandlersFor<typeof selfAssessmentMethods> = {
  'selfAssessments.current': (_input, { db }) => {
    const record = findInProgress(db);
    return record ? draftOf(record) : null;
  },

  // Each answer is its own write, so leaving halfway (or a crash) keeps every answer given so far.
  'selfAssessments.answer': ({ itemId, answer }, ctx) =>
    ctx.write(() => {
      const record = findInProgress(ctx.db) ?? requireRecord(ctx.db, insertSelfAssessment(ctx.db, QUESTIONNAIRE_VERSION, ctx.at));
      const questionnaire = questionnaireOf(record.questionnaireVersion);
      if (!questionnaire?.items.some(({ id }) => id === itemId)) {
        throw invalid('itemId', `That question is not in the questionnaire (version ${record.questionnaireVersion})`);
      }
      const answers = { ...record.answers };
      if (answer === null) delete answers[itemId];
      else answers[itemId] = answer;
      saveAnswers(ctx.db, record.id, answers, ctx.at);
      return draftOf(requireRecord(ctx.db, record.id));
    }),

  'selfAssessments.complete': ({ id }, ctx) =>
    ctx.write(() => {
      const record = requireInProgress(ctx.db, id);
      const scoring = scoreAnswers(record.questionnaireVersion, record.answers);
      if (!scoring.ok) {
        throw new ApiError('VALIDATION', scoring.message, {
          issues: [{ path: 'answers', message: scoring.message }],
          ...(scoring.problem === 'missing' ? { missing: scoring.missing } : {}),
        });
      }
      markCompleted(ctx.db, id, ctx.at);
      return assessmentOf(requireRecord(ctx.db, id));
    }),

  'selfAssessments.discard': ({ id }, ctx) =>
    ctx.write(() => {
      requireInProgress(ctx.db, id);
      deleteEntry(ctx.db, 'selfAssessment', id, ctx.at);
      return assessmentOf(requireRecord(ctx.db, id));
    }),

  'selfAssessments.list': ({ limit, cursor }, { db }) => {
    const { records, total } = listCompleted(db, limit, decodeCursor(cursor));
    const last = records.length === limit ? records[records.length - 1] : undefined;
    return {
      items: records.map((record) => ({
        id: record.id,
        questionnaireVersion: record.questionnaireVersion,
        completedAt: record.completedAt as string,
        scores: scoresOf(record),
      })),
      total,
      nextCursor: last ? encodeCursor({ completedAt: last.completedAt as string, id: last.id }) : null,
    };
  },

  'selfAssessments.get': ({ id }, { db }) => assessmentOf(requireRecord(db, id)),

  'selfAssessments.delete': ({ id }, ctx) =>
    ctx.write(() => {
      requireRecord(ctx.db, id);
      deleteEntry(ctx.db, 'selfAssessment', id, ctx.at);
      return assessmentOf(requireRecord(ctx.db, id));
    }),

  'selfAssessments.restore': ({ id }, ctx) =>
    ctx.write(() => {
      const record = requireRecord(ctx.db, id);
      const inProgress = findInProgress(ctx.db);
      // Only one is ever in progress: a second would hide the first.
      if (record.deletedAt !== null && record.completedAt === null && inProgress) {
        throw new ApiError(
          'CONFLICT',
          `Another self-assessment is in progress. Finish or discard it before restoring ${labels.this.toLowerCase()}.`,
        );
      }
      restoreEntry(ctx.db, 'selfAssessment', id, ctx.at);
      return assessmentOf(requireRecord(ctx.db, id));
    }),

  'selfAssessments.deleteForever': ({ id }, ctx) =>
    ctx.write(() => {
      const record = assessmentOf(requireRecord(ctx.db, id));
      if (!deleteEntryForever(ctx.db, 'selfAssessment', id, ctx.at)) {
        throw new ApiError(
          'CONFLICT',
          `${labels.this} is not deleted. Only a record in Recently deleted can be deleted for ever: delete it first.`,
        );
      }
      return record;
    }),

  'selfAssessments.besideLog': ({ id }, ctx) => {
    const record = requireRecord(ctx.db, id);
    if (record.completedAt === null) {
      throw new ApiError('CONFLICT', `${labels.this} is still in progress; it sits beside the log once it is completed.`);
    }
    return besideLog(ctx, record.id, record.questionnaireVersion, scoresOf(record));
  },
};
