import { KINDS, type EntryKind } from '../../../../shared/kinds';
import { useCall } from '../../api/hooks';
import { RENDERER_KINDS } from '../../kinds';
import type { QueryPageStatus } from './QueryPage';

/** Reads one entry of a kind, for its page and its editor. */
export function useEntry<K extends EntryKind>(kind: K, id: string) {
  return useCall(`${KINDS[kind].area}.get` as const, { id });
}

/** "Loading lesson…", "This lesson isn't here" with the way back to its list. */
export function entryStatus(kind: EntryKind): QueryPageStatus {
  const { labels, paths } = KINDS[kind];
  return {
    loading: RENDERER_KINDS[kind].loading,
    notFound: { what: labels.this, back: { to: paths.list, label: `Back to ${labels.nav.toLowerCase()}` } },
  };
}
