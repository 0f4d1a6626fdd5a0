import type Database from 'better-sqlite3';
import type { feedbackMethods } from '../../shared/contract/feedback';
import type { Feedback, FeedbackStatus } from '../../shared/entities/feedback';
import {
  findFeedback,
  insertFeedback,
  listFeedback,
  recordOf,
  setFeedbackDeleted,
  updateFeedback,
  type FeedbackRecord,
} from '../db/feedbackRepository';
import { syncFeedbackExchange } from '../db/ledger';
import { notFound, type HandlersFor } from './context';
import {
  calendarOf,
  invalid,
  laterOf,
  notInFuture,
  pageRequest,
  refuseDeleted,
  requireCollaboratorRef,
  requireProjectRef,
  type Calendar,
} from './logChecks';

function requireFeedback(db: Database.Database, id: string): Feedback {
  const feedback = findFeedback(db, id);
  if (!feedback) throw notFound('That feedback');
  return feedback;
}

type StatusFields = Pick<FeedbackRecord, 'status' | 'statusDate' | 'declineReason'>;

/**
 * The lifecycle's rules: open has no status date and no reason; any other status has the
 * day it changed (today unless given), on or after the feedback's own date and not in the
 * future; only a declined entry keeps its reason.
 */
function settleStatus(
  calendar: Calendar,
  entryDate: string,
  status: FeedbackStatus,
  statusDate: string | null | undefined,
  reason: string,
  path: string,
): StatusFields {
  if (status === 'open') return { status, statusDate: null, declineReason: '' };
  const date = statusDate ?? laterOf(calendar.today, entryDate);
  if (date < entryDate) throw invalid(path, `The status cannot change before the feedback's date (${entryDate})`);
  notInFuture(calendar, date, path, 'The status date');
  return { status, statusDate: date, declineReason: status === 'declined' ? reason : '' };
}

/** Saves a record and keeps its ledger row in step, inside the caller's transaction. */
function save(db: Database.Database, id: string, record: FeedbackRecord, at: string): Feedback {
  updateFeedback(db, id, record, at);
  syncFeedbackExchange(db, id, at);
  return requireFeedback(db, id);
}

function setDeleted(db: Database.Database, id: string, deletedAt: string | null, at: string): Feedback {
  const current = requireFeedback(db, id);
  if ((current.deletedAt === null) === (deletedAt === null)) return current;
  setFeedbackDeleted(db, id, deletedAt, at);
  syncFeedbackExchange(db, id, at);
  return requireFeedback(db, id);
}

export const feedbackHandlers: HandlersFor<typeof feedbackMethods> = {
  'feedback.list': ({ limit, cursor, offset, ...filter }, { db }) =>
    listFeedback(db, filter, pageRequest({ limit, cursor, offset })),

  'feedback.get': ({ id }, { db }) => requireFeedback(db, id),

  'feedback.create': (fields, ctx) =>
    ctx.write(() => {
      const calendar = calendarOf(ctx);
      const date = fields.date ?? calendar.today;
      notInFuture(calendar, date, 'date');
      requireCollaboratorRef(ctx.db, fields.collaboratorId);
      requireProjectRef(ctx.db, fields.projectId);
      const id = insertFeedback(
        ctx.db,
        {
          direction: fields.direction,
          collaboratorId: fields.collaboratorId,
          projectId: fields.projectId,
          piece: fields.piece,
          anchor: fields.anchor,
          kind: fields.kind,
          body: fields.body,
          date,
          benefitOverride: fields.benefitOverride,
          weightOverride: fields.weightOverride,
          ...settleStatus(calendar, date, fields.status, fields.statusDate, fields.declineReason, 'statusDate'),
        },
        ctx.at,
      );
      syncFeedbackExchange(ctx.db, id, ctx.at);
      return requireFeedback(ctx.db, id);
    }),

  'feedback.update': ({ id, ...patch }, ctx) =>
    ctx.write(() => {
      const current = requireFeedback(ctx.db, id);
      refuseDeleted(current, 'This feedback');
      const calendar = calendarOf(ctx);
      const next: FeedbackRecord = { ...recordOf(current), ...patch };
      if (patch.date !== undefined) {
        notInFuture(calendar, next.date, 'date');
        if (next.statusDate !== null && next.statusDate < next.date) {
          throw invalid('date', `The feedback cannot be dated after its status changed (${next.statusDate})`);
        }
      }
      if (patch.collaboratorId !== undefined) requireCollaboratorRef(ctx.db, next.collaboratorId);
      if (patch.projectId !== undefined) requireProjectRef(ctx.db, next.projectId);
      return save(ctx.db, id, next, ctx.at);
    }),

  'feedback.setStatus': ({ id, status, date, reason }, ctx) =>
    ctx.write(() => {
      const current = requireFeedback(ctx.db, id);
      refuseDeleted(current, 'This feedback');
      const settled = settleStatus(calendarOf(ctx), current.date, status, date, reason, 'date');
      return save(ctx.db, id, { ...recordOf(current), ...settled }, ctx.at);
    }),

  'feedback.delete': ({ id }, ctx) => ctx.write(() => setDeleted(ctx.db, id, ctx.at, ctx.at)),

  'feedback.restore': ({ id }, ctx) => ctx.write(() => setDeleted(ctx.db, id, null, ctx.at)),
};
