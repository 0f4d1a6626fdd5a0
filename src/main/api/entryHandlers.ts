import type Database from 'better-sqlite3';
import type { MethodOutput } from '../../shared/contract';
import type { KindArea, Kinds } from '../../shared/kinds';
import { deleteEntry, deleteEntryForever, restoreEntry } from '../db/softDelete';
import { ApiError, notFound, type ApiContext, type Handler } from './context';
import { refuseDeleted } from './logChecks';

type Descriptor = Kinds[keyof Kinds];
type EntryOf<D extends Descriptor> = MethodOutput<`${D['area']}.get`>;

/**
 * One kind's entries as its handlers reach them, with the messages its descriptor words:
 * "That request was not found…", "This request is deleted…".
 */
export interface EntryAccess<D extends Descriptor> {
  kind: D;
  /** The entry, deleted or not. */
  require(db: Database.Database, id: string): EntryOf<D>;
  /** An entry this kind's methods may change or delete: its own, not a row that follows another entry. */
  requireOwn(db: Database.Database, id: string): EntryOf<D>;
  /** An entry this kind's methods may edit: its own, and not in the bin. */
  requireEditable(db: Database.Database, id: string): EntryOf<D>;
}

export function entryAccess<D extends Descriptor>(
  kind: D,
  find: (db: Database.Database, id: string) => EntryOf<D> | undefined,
  /** Throws when the entry belongs to another entry (help's derived rows). */
  refuseForeign?: (entry: EntryOf<D>) => void,
): EntryAccess<D> {
  const require = (db: Database.Database, id: string): EntryOf<D> => {
    const entry = find(db, id);
    if (!entry) throw notFound(kind.labels.that);
    return entry;
  };
  const requireOwn = (db: Database.Database, id: string): EntryOf<D> => {
    const entry = require(db, id);
    refuseForeign?.(entry);
    return entry;
  };
  return {
    kind,
    require,
    requireOwn,
    requireEditable: (db, id) => {
      const entry = requireOwn(db, id);
      refuseDeleted(entry, kind.labels.this);
      return entry;
    },
  };
}

type EntryHandlers<A extends KindArea> = {
  [M in `${A}.get` | `${A}.delete` | `${A}.restore` | `${A}.deleteForever`]: Handler<M>;
};

/**
 * `${area}.get`, `${area}.delete`, `${area}.restore` and `${area}.deleteForever` of one kind: the
 * same for every kind, the soft delete moving the ledger rows of feedback and lessons with them and
 * deleting for ever taking them away (db/softDelete.ts). Only an entry in the bin can be deleted
 * for ever, so nothing goes for good without having been deleted (and confirmed) first.
 */
export function entryHandlers<D extends Descriptor>(entries: EntryAccess<D>): EntryHandlers<D['area']> {
  const { area, kind } = entries.kind;
  const moveToOrFromBin =
    (move: typeof deleteEntry) =>
    ({ id }: { id: string }, ctx: ApiContext) =>
      ctx.write(() => {
        entries.requireOwn(ctx.db, id);
        move(ctx.db, kind, id, ctx.at);
        return entries.require(ctx.db, id);
      });
  // Keys built from the area are plain strings to the compiler; EntryHandlers names them.
  const handlers = {
    [`${area}.get`]: ({ id }: { id: string }, { db }: ApiContext) => entries.require(db, id),
    [`${area}.delete`]: moveToOrFromBin(deleteEntry),
    [`${area}.restore`]: moveToOrFromBin(restoreEntry),
    [`${area}.deleteForever`]: ({ id }: { id: string }, ctx: ApiContext) =>
      ctx.write(() => {
        const entry = entries.requireOwn(ctx.db, id);
        if (!deleteEntryForever(ctx.db, kind, id, ctx.at)) {
          throw new ApiError(
            'CONFLICT',
            `${entries.kind.labels.this} is not deleted. Only an entry in Recently deleted can be deleted for ever: delete it first.`,
          );
        }
        return entry;
      }),
  };
  return handlers as unknown as EntryHandlers<D['area']>;
}
