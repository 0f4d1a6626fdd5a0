import { keepPreviousData, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import type { Direction } from '../../../../shared/entities/exchange';
import type { TimelineEntry, TimelinePage, TimelineType } from '../../../../shared/entities/timeline';
import { call, type CallError } from '../../api/client';
import { queryKeyOf } from '../../api/hooks';

/** Whose timeline: a person's (or group's) or a project's. */
export type TimelineScope = { collaboratorId: string } | { projectId: string };

export type TypeFilter = TimelineType | 'all';
export type DirectionFilter = Direction | 'all';

/** Enough rows to fill a tall window twice; deeper pages come in as the end of the list nears. */
export const TIMELINE_PAGE_SIZE = 50;

/**
 * One timeline, page by page on the server's keyset cursors. Keyed under the 'timeline' area,
 * so any command that refreshes 'timeline' refreshes every loaded page.
 */
export function useTimeline(scope: TimelineScope, type: TypeFilter, direction: DirectionFilter) {
  const options = {
    limit: TIMELINE_PAGE_SIZE,
    ...(type === 'all' ? {} : { types: [type] }),
    ...(direction === 'all' ? {} : { direction }),
  };
  const fetchPage = (cursor: string | null): Promise<TimelinePage> => {
    const paging = cursor === null ? {} : { cursor };
    return 'collaboratorId' in scope
      ? call('timeline.forCollaborator', { collaboratorId: scope.collaboratorId, ...options, ...paging })
      : call('timeline.forProject', { projectId: scope.projectId, ...options, ...paging });
  };
  const queryKey =
    'collaboratorId' in scope
      ? queryKeyOf('timeline.forCollaborator', { collaboratorId: scope.collaboratorId, ...options })
      : queryKeyOf('timeline.forProject', { projectId: scope.projectId, ...options });

  const query = useInfiniteQuery<TimelinePage, CallError, InfiniteData<TimelinePage, string | null>, readonly unknown[], string | null>({
    queryKey: [...queryKey, 'pages'],
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
    // Changing a filter keeps the old rows on screen until the new ones arrive, instead of a spinner flash.
    placeholderData: keepPreviousData,
    // Coming back to the window would re-read every page loaded; writes in the app refresh it instead.
    refetchOnWindowFocus: false,
  });

  const entries: TimelineEntry[] = query.data?.pages.flatMap((page) => page.items) ?? [];
  const counts = query.data?.pages[0]?.counts;
  return { query, entries, counts };
}
