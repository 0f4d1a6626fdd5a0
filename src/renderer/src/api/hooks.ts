import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { call, type CallError } from './client';

/**
 * The only way pages read and write data: typed React Query hooks over `call()`.
 * Query keys are [area, method, input] ('projects', 'projects.get', {id}) so a command can
 * refresh a whole area ('projects') or one method ('projects.get') after it succeeds.
 */

/** The contract's areas: the prefix of every method name ('projects', 'feedback', 'practice', …). */
export type QueryArea = MethodName extends `${infer A}.${string}` ? A : never;
type AreaOf<M extends MethodName> = M extends `${infer A}.${string}` ? A : never;

const areaOf = <M extends MethodName>(method: M) => method.slice(0, method.indexOf('.')) as AreaOf<M>;

export const queryKeyOf = <M extends MethodName>(method: M, input: MethodInput<M>) =>
  [areaOf(method), method, input] as const;

type CallQueryOptions<M extends MethodName> = Omit<
  UseQueryOptions<MethodOutput<M>, CallError>,
  'queryKey' | 'queryFn'
>;

/** Reads one query method; `data` is typed by the contract, `error` is a CallError. */
export function useCall<M extends MethodName>(method: M, input: MethodInput<M>, options?: CallQueryOptions<M>) {
  return useQuery<MethodOutput<M>, CallError>({
    queryKey: queryKeyOf(method, input),
    queryFn: () => call(method, input),
    ...options,
  });
}

/**
 * How old a kept answer may be for a prefetch to leave it be: resting on the sidebar's links again
 * and again does not ask the same (maybe slow) call each time. Every write refreshes what it
 * changes, and the page asks again as it opens (staleTime in main.tsx), so this is not what it shows.
 */
export const PREFETCH_FRESH_MS = 10_000;

/**
 * Starts the call useCall(method, input) will make, before its page is drawn (routes.tsx: a link
 * pointed at, the address the app opens on), so the page finds its answer there or on its way. An
 * answer still fresh is not asked again; a failure is kept for the page to show.
 */
export function prefetchCall<M extends MethodName>(queryClient: QueryClient, method: M, input: MethodInput<M>): void {
  void queryClient.prefetchQuery({ queryKey: queryKeyOf(method, input), queryFn: () => call(method, input), staleTime: PREFETCH_FRESH_MS });
}

/** An area ('projects') or a single method ('projects.get') whose cached answers a command makes stale. */
export type Invalidation = QueryArea | MethodName;

/** The query key prefix that covers an invalidation: [area] or [area, method]. */
const keyOf = (target: Invalidation) =>
  target.includes('.') ? [areaOf(target as MethodName), target] : [target];

/** Marks every cached answer under the targets stale; the ones on screen are fetched again. */
export function refresh(queryClient: QueryClient, targets: readonly Invalidation[]): Promise<void[]> {
  return Promise.all(targets.map((target) => queryClient.invalidateQueries({ queryKey: keyOf(target) })));
}

export interface CommandOptions<M extends MethodName> {
  /** What to refetch after success; defaults to the command's own area. */
  invalidates?: readonly Invalidation[];
  onSuccess?: (value: MethodOutput<M>, input: MethodInput<M>) => void;
}

/** Runs one command method, then refreshes the cached queries it affects. Errors are left to the caller. */
export function useCommand<M extends MethodName>(method: M, options: CommandOptions<M> = {}) {
  const queryClient = useQueryClient();
  const { invalidates = [areaOf(method)] as readonly Invalidation[], onSuccess } = options;
  return useMutation<MethodOutput<M>, CallError, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async (value, input) => {
      await refresh(queryClient, invalidates);
      onSuccess?.(value, input);
    },
  });
}
