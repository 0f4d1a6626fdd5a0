import type Database from 'better-sqlite3';
import type { requestMethods } from '../../shared/contract/requests';
import type { Request, RequestOutcome } from '../../shared/entities/request';
import {
  findRequest,
  insertRequest,
  listRequests,
  requestRecordOf,
  setRequestDeleted,
  updateRequest,
  type RequestRecord,
} from '../db/requestRepository';
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

function requireRequest(db: Database.Database, id: string): Request {
  const request = findRequest(db, id);
  if (!request) throw notFound('That request');
  return request;
}

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

function setDeleted(db: Database.Database, id: string, deletedAt: string | null, at: string): Request {
  const current = requireRequest(db, id);
  if ((current.deletedAt === null) === (deletedAt === null)) return current;
  setRequestDeleted(db, id, deletedAt, at);
  return requireRequest(db, id);
}

export const requestHandlers: HandlersFor<typeof requestMethods> = {
  'requests.list': ({ limit, cursor, offset, ...filter }, { db }) =>
    listRequests(db, filter, pageRequest({ limit, cursor, offset })),

  'requests.get': ({ id }, { db }) => requireRequest(db, id),

  'requests.create': (fields, ctx) =>
    ctx.write(() => {
      const calendar = calendarOf(ctx);
      const dateAsked = fields.dateAsked ?? calendar.today;
      notInFuture(calendar, dateAsked, 'dateAsked', 'The date asked');
      requireCollaboratorRef(ctx.db, fields.collaboratorId);
      requireProjectRef(ctx.db, fields.projectId);
      const id = insertRequest(
        ctx.db,
        {
          ...fields,
          dateAsked,
          dateResolved: resolution(calendar, dateAsked, fields.outcome, fields.dateResolved),
        },
        ctx.at,
      );
      return requireRequest(ctx.db, id);
    }),

  'requests.update': ({ id, ...patch }, ctx) =>
    ctx.write(() => {
      const current = requireRequest(ctx.db, id);
      refuseDeleted(current, 'This request');
      const calendar = calendarOf(ctx);
      const next: RequestRecord = { ...requestRecordOf(current), ...patch };
      if (patch.dateAsked !== undefined) notInFuture(calendar, next.dateAsked, 'dateAsked', 'The date asked');
      if (patch.collaboratorId !== undefined) requireCollaboratorRef(ctx.db, next.collaboratorId);
      if (patch.projectId !== undefined) requireProjectRef(ctx.db, next.projectId);
      // A settled request that changes its outcome keeps its date unless a new one is given;
      // one that is settled just now is resolved today.
      const requested = patch.dateResolved !== undefined ? patch.dateResolved : current.dateResolved;
      next.dateResolved = resolution(calendar, next.dateAsked, next.outcome, requested);
      updateRequest(ctx.db, id, next, ctx.at);
      return requireRequest(ctx.db, id);
    }),

  'requests.delete': ({ id }, ctx) => ctx.write(() => setDeleted(ctx.db, id, ctx.at, ctx.at)),

  'requests.restore': ({ id }, ctx) => ctx.write(() => setDeleted(ctx.db, id, null, ctx.at)),
};
