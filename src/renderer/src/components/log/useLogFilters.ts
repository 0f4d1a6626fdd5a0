import { useSearchParams } from 'react-router-dom';
import type { z } from 'zod';
import { Id, IsoDate } from '../../../../shared/entities/common';
import { useUrlState } from '../../hooks/useUrlState';

/**
 * The filters every log list shares — person, project, date range — kept in
 * the address (?person=…&from=…), so Back, reload and links from other pages keep them.
 */

const parseWith = (schema: z.ZodType<string>) => (raw: string | null) => (schema.safeParse(raw).success ? (raw as string) : '');
const blankAsNull = (value: string) => value || null;

/** An enum filter in the address: 'all' when absent or unknown. */
export function useEnumFilter<V extends string>(key: string, options: readonly V[]) {
  return useUrlState<V | 'all'>(
    key,
    (raw) => (options.includes(raw as V) ? (raw as V) : 'all'),
    (value) => (value === 'all' ? null : value),
  );
}

/** A page's own enum filters as list input: a filter left at 'all' is not sent. */
export function ownFilters<T extends Record<string, string>>(values: T) {
  const chosen = Object.entries(values).filter(([, value]) => value !== 'all');
  return {
    input: Object.fromEntries(chosen) as { [K in keyof T]?: Exclude<T[K], 'all'> },
    active: chosen.length > 0,
  };
}

export const RANGE_ORDER_MESSAGE = 'The end of the range is before its start';

export function useLogFilters() {
  const [, setParams] = useSearchParams();
  const [collaboratorId, setCollaboratorId] = useUrlState('person', parseWith(Id), blankAsNull);
  const [projectId, setProjectId] = useUrlState('project', parseWith(Id), blankAsNull);
  const [from, setFrom] = useUrlState('from', parseWith(IsoDate), blankAsNull);
  const [to, setTo] = useUrlState('to', parseWith(IsoDate), blankAsNull);
  const rangeError = from && to && from > to ? RANGE_ORDER_MESSAGE : undefined;

  return {
    collaboratorId,
    setCollaboratorId,
    projectId,
    setProjectId,
    from,
    setFrom,
    to,
    setTo,
    rangeError,
    /** The shared part of a list input; a reversed range is left out (and shown as an error) rather than sent. */
    input: {
      ...(collaboratorId ? { collaboratorId } : {}),
      ...(projectId ? { projectId } : {}),
      ...(from && !rangeError ? { from } : {}),
      ...(to && !rangeError ? { to } : {}),
    },
    /** True when any shared filter narrows the list. */
    narrowed: Boolean(collaboratorId || projectId || from || to),
    /** Drops every filter of the page, its own ones included. */
    clearAll: () => setParams({}, { replace: true }),
  };
}

export type LogFilters = ReturnType<typeof useLogFilters>;
