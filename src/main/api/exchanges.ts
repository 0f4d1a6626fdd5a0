import type { exchangeMethods } from '../../shared/contract/exchanges';
import type { Exchange } from '../../shared/entities/exchange';
import { entryHref, KINDS } from '../../shared/kinds';
import {
  exchangeTotals,
  findExchange,
  helpRecordOf,
  insertHelp,
  listExchanges,
  updateHelp,
  type HelpRecord,
} from '../db/exchangeRepository';
import { ApiError, type HandlersFor } from './context';
import { entryAccess, entryHandlers } from './entryHandlers';
import { checkEdit, openingOf, pageRequest } from './logChecks';

/** Derived rows belong to their entry; changing them here would be undone by the entry's next write. */
function refuseDerived(exchange: Exchange): void {
  if (exchange.source === 'help') return;
  const entry = exchange.source === 'feedback' ? 'a feedback entry' : 'a lesson';
  const that = exchange.source === 'feedback' ? 'that feedback' : 'that lesson';
  throw new ApiError(
    'CONFLICT',
    `This exchange comes from ${entry}. Edit or delete ${that} instead; its benefit and weight can be changed there.`,
    { source: exchange.source, sourceId: exchange.sourceId, href: entryHref(exchange.source, exchange.sourceId) },
  );
}

/** help.get answers any row of the ledger (the renderer sends a derived one on to its entry); only help rows change. */
const help = entryAccess(KINDS.help, findExchange, refuseDerived);

export const exchangeHandlers: HandlersFor<typeof exchangeMethods> = {
  'exchanges.list': ({ limit, cursor, offset, ...filter }, { db }) => ({
    ...listExchanges(db, filter, pageRequest({ limit, cursor, offset })),
    totals: exchangeTotals(db, filter),
  }),

  ...entryHandlers(help),

  'help.create': (fields, ctx) =>
    ctx.write(() => {
      const date = openingOf(ctx, fields, KINDS.help.dateField);
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
      return help.require(ctx.db, id);
    }),

  'help.update': ({ id, ...patch }, ctx) =>
    ctx.write(() => {
      const next: HelpRecord = { ...helpRecordOf(help.requireEditable(ctx.db, id)), ...patch };
      checkEdit(ctx, patch, next, KINDS.help.dateField);
      updateHelp(ctx.db, id, next, ctx.at);
      return help.require(ctx.db, id);
    }),
};
