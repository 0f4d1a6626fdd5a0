import type { QueryClient } from '@tanstack/react-query';
import { KIND_AREAS } from '../../../../shared/kinds';
import type { Invalidation } from '../../api/hooks';

/**
 * Every write to the log can move the ledger, the timelines, the practice list, the patterns drawn
 * from them, the bin, who appears in a project's log and a self-assessment's comparison with the log (a
 * feedback edit re-derives its exchange; a delete fills Recently deleted), so log commands refresh
 * all of these areas, not only their own. Every kind's area comes from the registry.
 */
export const LOG_AREAS: readonly Invalidation[] = [...KIND_AREAS, 'exchanges', 'practice', 'timeline', 'patterns', 'deleted',
  'projects.peopleInLog', 'selfAssessments.besideLog', 'checkIns'];

type LoadedPages = { pages: { items: { id: string }[] }[] };

const isLoadedPages = (data: unknown): data is LoadedPages =>
  typeof data === 'object' && data !== null && Array.isArray((data as LoadedPages).pages) &&
  (data as LoadedPages).pages.every((page) => Array.isArray(page?.items));

/**
 * Takes an entry out of every page already loaded (lists, timelines), at once. A list left behind
 * is only marked stale by a refresh and draws its cached rows first when it comes back on screen,
 * so without this a deleted entry would show there until the new page arrived.
 */
export function dropFromLoadedPages(queryClient: QueryClient, id: string): void {
  queryClient.setQueriesData<unknown>({ predicate: (query) => isLoadedPages(query.state.data) }, (data: unknown) =>
    isLoadedPages(data)
      ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.id !== id) })) }
      : data,
  );
}
