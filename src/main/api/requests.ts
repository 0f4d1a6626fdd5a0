import type { requestMethods } from '../../shared/contract/requests';
import type { RequestOutcome } from '../../shared/entities/request';
import { KINDS } from '../../shared/kinds';
import {
  findRequest,
  insertRequest,
  listRequests,
  requestRecordOf,
  updateRequest,
  type RequestRecord,
} from '../db/requestRepository';
import type { HandlersFor } from './context';
import { entryAccess, entryHandlers } from './entryHandlers';
import { calendarOf, checkEdit, invalid, laterOf, notInFuture, openingOf, pageRequest, type Calendar } from './logChecks';

const requests = entryAccess(KINDS.request, findRequest);

/**
 * A pending request has no resolution date; a settled one has one (today unless given),
 * not before the day it was asked and not in the future.
 */
function resolution(calendar: Calendar, dateAsked: string, outcome: RequestOutcome, dateResolved: string | null | undefined) {
  if (outcome === 'pending') return null;
  const date = dateResolved ?? laterOf(calendar.today, dateAsked);
  if (date < dateAsked) throw invalid('dateResolved', 'The date resolved cannot be before the date asked');
  notInFuture(calendar, date, 'dateResolved', 'The date resolved');
  return date;
}

export const requestHandlers: HandlersFor<typeof requestMethods> = {
  'requests.list': ({ limit, cursor, offset, ...filter }, { db }) =>
    listRequests(db, filter, pageRequest({ limit, cursor, offset })),

  ...entryHandlers(requests),

  'requests.create': (fields, ctx) =>
    ctx.write(() => {
      const dateAsked = openingOf(ctx, fields, KINDS.request.dateField);
      const id = insertRequest(
        ctx.db,
        {
          ...fields,
          dateAsked,
          dateResolved: resolution(calendarOf(ctx), dateAsked, fields.outcome, fields.dateResolved),
        },
        ctx.at,
      );
      return requests.require(ctx.db, id);
    }),

  'requests.update': ({ id, ...patch }, ctx) =>
    ctx.write(() => {
      const current = requests.requireEditable(ctx.db, id);
      const next: RequestRecord = { ...requestRecordOf(current), ...patch };
      checkEdit(ctx, patch, next, KINDS.request.dateField);
      // A settled request that changes its outcome keeps its date unless a new one is given;
      // one that is settled just now is resolved today.
      const requested = patch.dateResolved !== undefined ? patch.dateResolved : current.dateResolved;
      next.dateResolved = resolution(calendarOf(ctx), next.dateAsked, next.outcome, requested);
      updateRequest(ctx.db, id, next, ctx.at);
      return requests.require(ctx.db, id);
    }),
};
