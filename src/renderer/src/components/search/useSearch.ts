import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { SEARCH_LIMIT_MAX, type SearchKind } from '../../../../shared/contract/search';
import { useCall } from '../../api/hooks';

export const SEARCH_DELAY_MS = 120;
export const HITS_PER_KIND = 6;

export interface SearchFilters {
  kind: SearchKind | null;
  personId: string;
  projectId: string;
}

/** A value that follows `value` once it has stopped changing for `delay` ms. */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * The search as the person types: asked once typing pauses, and the last answer kept on screen
 * while the next one loads, so the list never blanks between keys.
 */
export function useSearch(text: string, filters: SearchFilters, open: boolean) {
  const settledText = useSettled(text.trim(), SEARCH_DELAY_MS);
  const input = {
    text: settledText,
    limit: filters.kind ? SEARCH_LIMIT_MAX : HITS_PER_KIND,
    ...(filters.kind ? { kinds: [filters.kind] } : {}),
    ...(filters.personId ? { personId: filters.personId } : {}),
    ...(filters.projectId ? { projectId: filters.projectId } : {}),
  };
  const query = useCall('search.query', input, {
    // Asked while the dialog shows; reopened, it asks again (staleTime 0), since entries may have changed meanwhile.
    enabled: open && settledText !== '',
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
  return { query, asked: settledText, settling: settledText !== text.trim() };
}
