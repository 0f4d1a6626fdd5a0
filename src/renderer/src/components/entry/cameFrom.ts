import { useLocation } from 'react-router-dom';

/**
 * The page an entry was opened from when that is not the kind's list (a person's or a project's
 * timeline): carried in the link's history state, so the entry's page goes back there, also after
 * the entry is deleted. The address alone would not say it, and a reload keeps the state.
 */
export interface CameFrom {
  /** Path and query of the page, as a link's `to`. */
  to: string;
  /** Its name for the back link: the person's name, the project's title. */
  label: string;
}

const isCameFrom = (value: unknown): value is CameFrom =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as CameFrom).to === 'string' &&
  (value as CameFrom).to.startsWith('/') &&
  typeof (value as CameFrom).label === 'string';

/** The history state a link passes to say where it was followed from. */
export const cameFromState = (from: CameFrom) => ({ cameFrom: from });

/** Where the current entry page was opened from, if it came with a link that said so. */
export function useCameFrom(): CameFrom | undefined {
  const state: unknown = useLocation().state;
  const from = typeof state === 'object' && state !== null ? (state as { cameFrom?: unknown }).cameFrom : undefined;
  return isCameFrom(from) ? from : undefined;
}

/** The address of this page as a CameFrom, for the links it passes on. */
export function useHere(label: string): CameFrom {
  const { pathname, search } = useLocation();
  return { to: `${pathname}${search}`, label };
}
