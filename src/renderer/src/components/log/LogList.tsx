/**
 * LogList: the page every kind of entry is listed on — the header with its count, the kind's own
 * filters beside person, project and dates (all kept in the address), the empty states, and the
 * rows a page at a time with Load more. A kind's page brings its filters, its row and its words.
 * Deleted entries are not here: they wait in Recently deleted (pages/deleted), the one way back.
 */
import type { ReactNode } from 'react';
import type { MethodOutput } from '../../../../shared/contract';
import { KINDS, newEntryHref, type EntryKind, type Kinds } from '../../../../shared/kinds';
import { plural } from '../../format';
import { Button, ButtonLink } from '../Button';
import { EmptyState } from '../EmptyState';
import { Icon, type IconName } from '../Icon';
import { PageHeader } from '../PageHeader';
import { ErrorNotice, Loading } from '../StatusViews';
import { LoadMore } from './LoadMore';
import { LogFilterPanel } from './LogFilterPanel';
import { useLogFilters } from './useLogFilters';
import { usePagedList, type PagedListFilter } from './usePagedList';
import '../surfaces/rows.css';

type ListMethodOf<K extends EntryKind> = Kinds[K]['listMethod'];
type ListPage<K extends EntryKind> = MethodOutput<ListMethodOf<K>>;
export type LogListItem<K extends EntryKind> = ListPage<K>['items'][number];

export interface LogListWords {
  /** The subtitle until something is logged; always, when there is no `counted`. */
  intro: string;
  /** Said after the count: "12 entries · {counted}". */
  counted?: string;
  /** What the count counts: ['entry', 'entries']. */
  noun: [one: string, many: string];
  loading: string;
  /** The filter panel's name, e.g. "Filter feedback". */
  filterLabel: string;
  /** The list's name, e.g. "Feedback". */
  listLabel: string;
  /** Nothing logged yet: what to log, then the kind's create button. */
  empty: { title: string; text: string };
  /** Nothing fits the filters: then "Clear filters". */
  noMatch: { title: string; text: string };
}

interface LogListProps<K extends EntryKind> {
  kind: K;
  icon: IconName;
  words: LogListWords;
  /** The kind's own filters as list input (see ownFilters), and whether one is set. */
  own: { input: Partial<PagedListFilter<ListMethodOf<K>>>; active: boolean };
  /** The kind's main filter, a switch: direction, role, who asked. */
  toolbar: ReactNode;
  /** The kind's other filters, first in the panel. */
  children?: ReactNode;
  dateLabels?: [from: string, to: string];
  /** Between the header and the filters: the lessons' tabs, the ledger's totals. */
  lead?: (list: { first: ListPage<K> | undefined; filtered: boolean; pending: boolean }) => ReactNode;
  /** One row, keyed by the entry. */
  row: (item: LogListItem<K>) => ReactNode;
}

export function LogList<K extends EntryKind>({ kind, icon, words, own, toolbar, children, dateLabels, lead, row }: LogListProps<K>) {
  const filters = useLogFilters();
  const { query, items, total, first } = usePagedList<ListMethodOf<K>>(KINDS[kind].listMethod, {
    ...filters.input,
    ...own.input,
  } as PagedListFilter<ListMethodOf<K>>);
  const filtered = own.active || filters.narrowed;
  const count = (n: number) => plural(n, ...words.noun);
  const create = (
    <ButtonLink to={newEntryHref(kind)} variant="primary" icon={<Icon name="plus" />}>
      {KINDS[kind].labels.create}
    </ButtonLink>
  );

  return (
    <>
      <PageHeader
        title={KINDS[kind].labels.nav}
        subtitle={
          words.counted === undefined || total === undefined || (total === 0 && !filtered)
            ? words.intro
            : filtered
              ? `${count(total)} match these filters`
              : `${count(total)} · ${words.counted}`
        }
        actions={create}
      />
      {lead?.({ first, filtered, pending: query.isPending })}
      <div className="toolbar">
        {toolbar}
      </div>
      <LogFilterPanel label={words.filterLabel} filters={filters} ownActive={own.active} dateLabels={dateLabels}>
        {children}
      </LogFilterPanel>
      {query.isPending ? (
        <Loading label={words.loading} />
      ) : query.isError ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        filtered ? (
          <EmptyState icon={icon} title={words.noMatch.title} action={<Button onClick={filters.clearAll}>Clear filters</Button>}>
            <p>{words.noMatch.text}</p>
          </EmptyState>
        ) : (
          <EmptyState icon={icon} title={words.empty.title} action={create}>
            <p>{words.empty.text}</p>
          </EmptyState>
        )
      ) : (
        <>
          <ul className="rows log-rows" aria-label={words.listLabel}>
            {items.map(row)}
          </ul>
          <LoadMore
            shown={items.length}
            total={total ?? items.length}
            noun={words.noun}
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onMore={() => void query.fetchNextPage()}
          />
        </>
      )}
    </>
  );
}
