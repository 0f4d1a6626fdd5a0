import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { ENTRY_KINDS, KINDS, KIND_AREAS, editEntryHref, entryHref, newEntryHref } from '../../shared/kinds';
import { call } from './api/client';
import { queryKeyOf } from './api/hooks';
import { LOG_AREAS } from './components/log/invalidation';
import { PAGE_SIZE } from './components/log/usePagedList';
import { navRoutes, preparePageAt, routes } from './routes';

// The route table is read, never rendered, so no transport to the main process is picked.
vi.mock('./api/client', () => ({ call: vi.fn(), CallError: class extends Error {}, transportMode: 'browser' }));

describe('routes derived from the kind registries', () => {
  const paths = routes.map((route) => route.path);

  it('gives every kind a list, a new page, a page per entry and an editor', () => {
    for (const kind of ENTRY_KINDS) {
      const entry = KINDS[kind].paths.entry;
      expect(paths).toContain(KINDS[kind].paths.list);
      expect(paths).toContain(newEntryHref(kind));
      expect(paths).toContain(`${entry}/:id`);
      expect(paths).toContain(`${entry}/:id/edit`);
      expect(entryHref(kind, 'x')).toBe(`${entry}/x`);
      expect(editEntryHref(kind, 'x')).toBe(`${entry}/x/edit`);
    }
  });

  it('lists each kind once in the sidebar, under its name, with "N" going to its new page', () => {
    const log = navRoutes().filter((route) => route.nav.section === 'log');
    expect(log.map((route) => route.nav.label)).toEqual(['Feedback', 'Lessons', 'Requests', 'Give & take']);
    for (const kind of ENTRY_KINDS) {
      const { labels, paths: kindPaths } = KINDS[kind];
      const route = log.find((candidate) => candidate.path === kindPaths.list);
      expect(route?.nav).toMatchObject({ label: labels.nav, create: { path: newEntryHref(kind), label: labels.create } });
    }
  });

  it('has no two routes with one path', () => {
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('refreshes every kind of entry after any write to the log', () => {
    expect(LOG_AREAS).toEqual(expect.arrayContaining([...KIND_AREAS, 'exchanges', 'practice', 'timeline', 'patterns']));
  });
});

describe('a page prepared before it is drawn', () => {
  it("asks each kind's list for the first page under the key the list page reads", () => {
    vi.mocked(call).mockResolvedValue({ items: [], total: 0, nextCursor: null });
    for (const kind of ENTRY_KINDS) {
      const queryClient = new QueryClient();
      const { listMethod, paths } = KINDS[kind];
      preparePageAt(queryClient, paths.list);
      expect(call).toHaveBeenCalledWith(listMethod, { limit: PAGE_SIZE });
      expect(queryClient.getQueryState([...queryKeyOf(listMethod, { limit: PAGE_SIZE }), 'pages'])?.fetchStatus).toBe('fetching');
    }
  });

  it('starts nothing for an address with no page of its own to prepare', () => {
    vi.mocked(call).mockClear();
    preparePageAt(new QueryClient(), '/projects/new');
    expect(call).not.toHaveBeenCalled();
  });
});
