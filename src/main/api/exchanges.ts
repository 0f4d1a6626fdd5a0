import type Database from 'better-sqlite3';
import type { exchangeMethods } from '../../shared/contract/exchanges';
import type { Exchange } from '../../shared/entities/exchange';
import { entryHref } from '../../shared/kinds';
import {
  exchangeTotals,
  findExchange,
  helpRecordOf,
  insertHelp,
  listExchanges,
  setHelpDeleted,
  updateHelp,
  type HelpRecord,
} from '../db/exchangeRepository';
import { ApiError, notFound, type HandlersFor } from './context';
import {
  calendarOf,
  notInFuture,
  pageRequest,
  refuseDeleted,
  requireCollaboratorRef,
  requireProjectRef,
} from './logChecks';

function requireExchange(db: Database.Database, id: string): Exchange {
  const exchange = findExchange(db, id);
  if (!exchange) throw notFound('That exchange');
  return exchange;
}

/** Derived rows belong to their entry; changing them here would be undone by the next sync. */
function requireHelp(db: Database.Database, id: string): Exchange {
  const exchange = requireExchange(db, id);
  if (exchange.source === 'help') return exchange;
  const entry = exchange.source === 'feedback' ? 'a feedback entry' : 'a lesson';
  const that = exchange.source === 'feedback' ? 'that feedback' : 'that lesson';
  throw new ApiError(
    'CONFLICT',
    `This exchange comes from ${entry}. Edit or delete ${that} instead; its benefit and weight can be changed there.`,
    { source: exchange.source, sourceId: exchange.sourceId, href: entryHref(exchange.source, exchange.sourceId) },
  );
}

function setDeleted(db: Database.Database, id: string, deletedAt: string | null, at: string): Exchange {
  const current = requireHelp(db, id);
  if ((current.deletedAt === null) === (deletedAt === null)) return current;
  setHelpDeleted(db, id, deletedAt, at);
  return requireExchange(db, id);
}

export const exchangeHandlers: HandlersFor<typeof exchangeMethods> = {
  'exchanges.list': ({ limit, cursor, offset, ...filter }, { db }) => ({
    ...listExchanges(db, filter, pageRequest({ limit, cursor, offset })),
    totals: exchangeTotals(db, filter),
  }),

  'help.get': ({ id }, { db }) => requireExchange(db, id),

  'help.create': (fields, ctx) =>
    ctx.write(() => {
      const calendar = calendarOf(ctx);
      const date = fields.date ?? calendar.today;
      notInFuture(calendar, date, 'date');
      requireCollaboratorRef(ctx.db, fields.collaboratorId);
      requireProjectRef(ctx.db, fields.projectId);
      const id = insertHelp(
        ctx.db,
        {
          ...fields,
          date,
          // Whoever gives usually offered: "Sam introduced me" was Sam's idea.
          initiatedBy: fields.initiatedBy ?? (fields.direction === 'given' ? 'me' : 'them'),
        },
        ctx.at,
      );
      return requireExchange(ctx.db, id);
    }),

  'help.update': ({ id, ...patch }, ctx) =>
    ctx.write(() => {
      const current = requireHelp(ctx.db, id);
      refuseDeleted(current, 'This exchange');
      const next: HelpRecord = { ...helpRecordOf(current), ...patch };
      if (patch.date !== undefined) notInFuture(calendarOf(ctx), next.date, 'date');
      if (patch.collaboratorId !== undefined) requireCollaboratorRef(ctx.db, next.collaboratorId);
      if (patch.projectId !== undefined) requireProjectRef(ctx.db, next.projectId);
      updateHelp(ctx.db, id, next, ctx.at);
      return requireExchange(ctx.db, id);
    }),

  'help.delete': ({ id }, ctx) => ctx.write(() => setDeleted(ctx.db, id, ctx.at, ctx.at)),

  'help.restore': ({ id }, ctx) => ctx.write(() => setDeleted(ctx.db, id, null, ctx.at)),
};
