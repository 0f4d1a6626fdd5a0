import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import type { DeletedEntry, DeletedPage } from '../../../../shared/entities/deleted';
import { RECORDS, recordHref } from '../../../../shared/kinds';
import { call, type CallError } from '../../api/client';
import { PREFETCH_FRESH_MS, queryKeyOf, refresh } from '../../api/hooks';
import { LOG_AREAS, dropFromLoadedPages } from '../../components/log/invalidation';
import { useToast } from '../../components/Toast';
import { useReportError } from '../../hooks/useReportError';

const PAGE_SIZE = 50;

const deletedListQuery = () => {
  const input = { limit: PAGE_SIZE };
  return infiniteQueryOptions<DeletedPage, CallError, InfiniteData<DeletedPage, string | undefined>, readonly unknown[], string | undefined>({
    queryKey: [...queryKeyOf('deleted.list', input), 'pages'],
    queryFn: ({ pageParam }) => call('deleted.list', { ...input, ...(pageParam === undefined ? {} : { cursor: pageParam }) }),
    initialPageParam: undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
};

/** The bin, newest deletion first, a page at a time. */
export function useDeletedList() {
  const query = useInfiniteQuery(deletedListQuery());
  const items = (query.data?.pages ?? []).flatMap((page) => page.items);
  return { query, items, total: query.data?.pages[0]?.total };
}

/** Starts the bin's first page before the page is drawn (see prefetchCall). */
export function prefetchDeletedList(queryClient: QueryClient): void {
  void queryClient.prefetchInfiniteQuery({ ...deletedListQuery(), staleTime: PREFETCH_FRESH_MS });
}

type BinAction = 'restore' | 'deleteForever';

/**
 * Restore and Delete for ever from the bin, through each kind's own methods. The entry leaves the
 * bin's loaded pages at once, then every log area is refreshed (a restored entry is back in its
 * list, its timeline and the sums).
 */
export function useBinActions() {
  const queryClient = useQueryClient();
  const toast = useToast();
  const report = useReportError();
  const mutation = useMutation<unknown, CallError, { entry: DeletedEntry; action: BinAction }>({
    mutationFn: ({ entry, action }) => call(`${RECORDS[entry.kind].area}.${action}`, { id: entry.id }),
    onSuccess: async (_value, { entry, action }) => {
      dropFromLoadedPages(queryClient, entry.id);
      const { one } = RECORDS[entry.kind].labels;
      toast.show(
        action === 'restore'
          ? { tone: 'success', message: `${one} restored.`, link: { label: 'Open', to: recordHref(entry.kind, entry.id) }, key: `/${entry.id}` }
          : { message: `${one} deleted for ever.`, key: `/${entry.id}` },
      );
      await refresh(queryClient, LOG_AREAS);
    },
    onError: (error, { entry, action }) =>
      report(error, `${action === 'restore' ? 'restore' : 'delete for ever'} the ${RECORDS[entry.kind].labels.noun}`),
  });
  const run = (entry: DeletedEntry, action: BinAction) => mutation.mutateAsync({ entry, action }).then(() => true, () => false);
  return {
    restore: (entry: DeletedEntry) => run(entry, 'restore'),
    deleteForever: (entry: DeletedEntry) => run(entry, 'deleteForever'),
    /** The entry a command is running for. */
    busyId: mutation.isPending ? mutation.variables.entry.id : null,
  };
}
