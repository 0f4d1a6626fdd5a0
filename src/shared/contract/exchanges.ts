import { z } from 'zod';
import { Id } from '../entities/common';
import { Benefit, Direction, Exchange, ExchangeSource } from '../entities/exchange';
import { listInput, pageOf } from '../entities/paging';
import { KINDS } from '../kinds';
import { entryMethods } from './entryMethods';
import { query } from './method';

export const ExchangeListInput = listInput({
  direction: Direction.optional(),
  benefit: Benefit.optional(),
  source: ExchangeSource.optional(),
  collaboratorId: Id.optional(),
  projectId: Id.optional(),
  includeDeleted: z.boolean().default(false),
});

export const ExchangePage = pageOf(Exchange).extend({
  /** Weight given and received across every row the filter matches. */
  totals: z.object({ given: z.number().int(), received: z.number().int() }),
});
export type ExchangePage = z.infer<typeof ExchangePage>;

/**
 * The whole ledger reads here, derived rows included; only help rows are written (help.*).
 * A feedback or lesson row changes through its entry (its benefit/weight override too).
 */
export const exchangeMethods = {
  'exchanges.list': query(ExchangeListInput, ExchangePage),
  ...entryMethods(KINDS.help),
};
