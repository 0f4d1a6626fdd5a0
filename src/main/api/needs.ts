import type Database from 'better-sqlite3';
import type { needMethods } from '../../shared/contract/needs';
import type { Need, NeedOutcome } from '../../shared/entities/need';
import {
  findNeed,
  insertNeed,
  listNeeds,
  needRecordOf,
  setNeedDeleted,
  updateNeed,
  type NeedRecord,
} from '../db/needRepository';
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

function requireNeed(db: Database.Database, id: string): Need {
  const need = findNeed(db, id);
  if (!need) throw notFound('That request');
  return need;
}

/**
 * A pending request has no resolution date; a settled one has one (today unless given),
 * not before the day it was asked and not in the future.
 */
function resolution(calendar: Calendar, dateAsked: string, outcome: NeedOutcome, dateResolved: string | null | undefined) {
  if (outcome === 'pending') return null;
  const date = dateResolved ?? laterOf(calendar.today, dateAsked);
  if (date < dateAsked) throw invalid('dateResolved', 'The date resolved cannot be before the date asked');
  notInFuture(calendar, date, 'dateResolved', 'The date resolved');
  return date;
}

function setDeleted(db: Database.Database, id: string, deletedAt: string | null, at: string): Need {
  const current = requireNeed(db, id);
  if ((current.deletedAt === null) === (deletedAt === null)) return current;
  setNeedDeleted(db, id, deletedAt, at);
  return requireNeed(db, id);
}

export const needHandlers: HandlersFor<typeof needMethods> = {
  'needs.list': ({ limit, cursor, offset, ...filter }, { db }) =>
    listNeeds(db, filter, pageRequest({ limit, cursor, offset })),

  'needs.get': ({ id }, { db }) => requireNeed(db, id),

  'needs.create': (fields, ctx) =>
    ctx.write(() => {
      const calendar = calendarOf(ctx);
      const dateAsked = fields.dateAsked ?? calendar.today;
      notInFuture(calendar, dateAsked, 'dateAsked', 'The date asked');
      requireCollaboratorRef(ctx.db, fields.collaboratorId);
      requireProjectRef(ctx.db, fields.projectId);
      const id = insertNeed(
        ctx.db,
        {
          ...fields,
          dateAsked,
          dateResolved: resolution(calendar, dateAsked, fields.outcome, fields.dateResolved),
        },
        ctx.at,
      );
      return requireNeed(ctx.db, id);
    }),

  'needs.update': ({ id, ...patch }, ctx) =>
    ctx.write(() => {
      const current = requireNeed(ctx.db, id);
      refuseDeleted(current, 'This request');
      const calendar = calendarOf(ctx);
      const next: NeedRecord = { ...needRecordOf(current), ...patch };
      if (patch.dateAsked !== undefined) notInFuture(calendar, next.dateAsked, 'dateAsked', 'The date asked');
      if (patch.collaboratorId !== undefined) requireCollaboratorRef(ctx.db, next.collaboratorId);
      if (patch.projectId !== undefined) requireProjectRef(ctx.db, next.projectId);
      // A settled request that changes its outcome keeps its date unless a new one is given;
      // one that is settled just now is resolved today.
      const requested = patch.dateResolved !== undefined ? patch.dateResolved : current.dateResolved;
      next.dateResolved = resolution(calendar, next.dateAsked, next.outcome, requested);
      updateNeed(ctx.db, id, next, ctx.at);
      return requireNeed(ctx.db, id);
    }),

  'needs.delete': ({ id }, ctx) => ctx.write(() => setDeleted(ctx.db, id, ctx.at, ctx.at)),

  'needs.restore': ({ id }, ctx) => ctx.write(() => setDeleted(ctx.db, id, null, ctx.at)),
};
