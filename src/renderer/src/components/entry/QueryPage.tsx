/** QueryPage: what a page that reads one entity shows while it loads, when it is not in the library, and when the read failed. */
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { CallError } from '../../api/client';
import { isNotFound } from '../../api/errors';
import { NotFound } from '../../pages/NotFound';
import { ErrorNotice, Loading } from '../StatusViews';

export interface QueryPageStatus {
  /** The loading line ("Loading project…"); a plain "Loading…" by default. */
  loading?: string;
  /** "This project" isn't here, and the way back to its list. */
  notFound: { what: string; back: { to: string; label: string } };
}

interface QueryPageProps<T> extends QueryPageStatus {
  query: UseQueryResult<T, CallError>;
  /** The page once the entity is in; called on every render, so it must not call hooks. */
  children: (data: T) => ReactNode;
}

export function QueryPage<T>({ query, loading, notFound, children }: QueryPageProps<T>) {
  if (query.isPending) return <Loading label={loading} />;
  if (isNotFound(query.error)) return <NotFound what={notFound.what} back={notFound.back} />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
