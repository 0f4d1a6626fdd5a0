import type { z } from 'zod';
import { IdInput } from '../entities/common';
import { command, query, type MethodSpec } from './method';

interface KindSchemas<E extends z.ZodType, F extends z.ZodType, P extends z.ZodType> {
  area: string;
  schemas: { entity: E; fields: F; patch: P };
}

type EntryMethods<A extends string, E extends z.ZodType, F extends z.ZodType, P extends z.ZodType> = {
  [M in `${A}.get`]: MethodSpec<typeof IdInput, E>;
} & { [M in `${A}.create`]: MethodSpec<F, E> } & { [M in `${A}.update`]: MethodSpec<P, E> } & {
  [M in `${A}.delete` | `${A}.restore` | `${A}.deleteForever`]: MethodSpec<typeof IdInput, E>;
};

/**
 * The methods every kind of entry has, named from its descriptor: get, create, update, and the
 * soft delete (the entry and anything derived from it leave every list and sum) with its restore,
 * and deleteForever: an entry already in the bin, and everything derived from it, removed for good
 * (it answers the entry as it was).
 */
export function entryMethods<const A extends string, E extends z.ZodType, F extends z.ZodType, P extends z.ZodType>(
  kind: KindSchemas<E, F, P> & { area: A },
): EntryMethods<A, E, F, P> {
  const { entity, fields, patch } = kind.schemas;
  return {
    [`${kind.area}.get`]: query(IdInput, entity),
    [`${kind.area}.create`]: command(fields, entity),
    [`${kind.area}.update`]: command(patch, entity),
    [`${kind.area}.delete`]: command(IdInput, entity),
    [`${kind.area}.restore`]: command(IdInput, entity),
    [`${kind.area}.deleteForever`]: command(IdInput, entity),
  } as EntryMethods<A, E, F, P>;
}
