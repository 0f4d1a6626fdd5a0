import type { feedbackMethods } from '../../shared/contract/feedback';
import type { FeedbackStatus } from '../../shared/entities/feedback';
import { KINDS } from '../../shared/kinds';
import {
  feedbackRecordOf,
  findFeedback,
  insertFeedback,
  listFeedback,
  updateFeedback,
  type FeedbackRecord,
} from '../db/feedbackRepository';
import type { HandlersFor } from './context';
import { entryAccess, entryHandlers } from './entryHandlers';
import { calendarOf, checkEdit, invalid, laterOf, notInFuture, openingOf, pageRequest, type Calendar } from './logChecks';

const feedback = entryAccess(KINDS.feedback, findFeedback);

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

export const feedbackHandlers: HandlersFor<typeof feedbackMethods> = {
  'feedback.list': ({ limit, cursor, offset, ...filter }, { db }) =>
    listFeedback(db, filter, pageRequest({ limit, cursor, offset })),

  ...entryHandlers(feedback),

  'feedback.create': (fields, ctx) =>
    ctx.write(() => {
      const date = openingOf(ctx, fields, KINDS.feedback.dateField);
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
          ...settleStatus(calendarOf(ctx), date, fields.status, fields.statusDate, fields.declineReason, 'statusDate'),
        },
        ctx.at,
      );
      return feedback.require(ctx.db, id);
    }),

  'feedback.update': ({ id, ...patch }, ctx) =>
    ctx.write(() => {
      const next: FeedbackRecord = { ...feedbackRecordOf(feedback.requireEditable(ctx.db, id)), ...patch };
      checkEdit(ctx, patch, next, KINDS.feedback.dateField, (date) => {
        if (next.statusDate !== null && next.statusDate < date) {
          throw invalid('date', `The feedback cannot be dated after its status changed (${next.statusDate})`);
        }
      });
      updateFeedback(ctx.db, id, next, ctx.at);
      return feedback.require(ctx.db, id);
    }),

  'feedback.setStatus': ({ id, status, date, reason }, ctx) =>
    ctx.write(() => {
      const current = feedback.requireEditable(ctx.db, id);
      const settled = settleStatus(calendarOf(ctx), current.date, status, date, reason, 'date');
      updateFeedback(ctx.db, id, { ...feedbackRecordOf(current), ...settled }, ctx.at);
      return feedback.require(ctx.db, id);
    }),
};
