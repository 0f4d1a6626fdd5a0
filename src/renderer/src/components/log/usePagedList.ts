import { infiniteQueryOptions, useInfiniteQuery, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import type { MethodInput, MethodOutput } from '../../../../shared/contract';
import type { KindListMethod } from '../../../../shared/kinds';
import { call, type CallError } from '../../api/client';
import { PREFETCH_FRESH_MS, queryKeyOf } from '../../api/hooks';

/** The cursor-paged lists: the one each kind's list page reads, and practice across the lessons. */
export type PagedListMethod = KindListMethod | 'practice.list';

export type PagedListFilter<M extends PagedListMethod> = Omit<MethodInput<M>, 'cursor' | 'offset'>;

export const PAGE_SIZE = 50;

/** The first page of one list and how to ask for the next: what usePagedList reads and prefetchPagedList starts. */
function pagedListQuery<M extends PagedListMethod>(method: M, filter: PagedListFilter<M>) {
  const input = { limit: PAGE_SIZE, ...filter } as MethodInput<M>;
  return infiniteQueryOptions<MethodOutput<M>, CallError, InfiniteData<MethodOutput<M>, string | undefined>, readonly unknown[], string | undefined>({
    queryKey: [...queryKeyOf(method, input), 'pages'],
    queryFn: ({ pageParam }) => call(method, { ...input, ...(pageParam === undefined ? {} : { cursor: pageParam }) }),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/**
 * One list, newest first, loaded a page at a time ("Load more"), so a library with thousands
 * of entries opens as fast as an empty one. The key starts with the area, so the log's
 * commands refresh it like any other query.
 */
export function usePagedList<M extends PagedListMethod>(method: M, filter: PagedListFilter<M>) {
  const query = useInfiniteQuery(pagedListQuery(method, filter));
  const first = query.data?.pages[0];
  return {
    query,
    /** Every loaded item, in order. */
    // Each list method has its own item type; flattening through unknown keeps M's.
    items: (query.data?.pages ?? []).flatMap((page) => page.items as unknown[]) as MethodOutput<M>['items'],
    /** How many entries match the filter in all. */
    total: first?.total,
    first,
  };
}

/** Starts the first page usePagedList(method, filter) will read, before its page is drawn (see prefetchCall). */
export function prefetchPagedList<M extends PagedListMethod>(queryClient: QueryClient, method: M, filter: PagedListFilter<M>): void {
  void queryClient.prefetchInfiniteQuery({ ...pagedListQuery(method, filter), staleTime: PREFETCH_FRESH_MS });
}
