import { useUrlState } from './useUrlState';

/**
 * The shown tab of a page kept in the address (?tab=balance), so Back, reload and links keep it.
 * The first tab is the default and leaves the address clean; an unknown value shows the first.
 */
export function useTabInAddress<T extends string>(tabs: readonly [T, ...T[]]): [T, (next: T) => void] {
  const [first] = tabs;
  return useUrlState<T>(
    'tab',
    (raw) => tabs.find((tab) => tab === raw) ?? first,
    (tab) => (tab === first ? null : tab),
  );
}

/** A page's address opened on one of its tabs (the first needs no parameter). */
export const tabHref = <T extends string>(path: string, tabs: readonly [T, ...T[]], tab: T) =>
  tab === tabs[0] ? path : `${path}?tab=${tab}`;
