import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecordArea } from '../../../../shared/kinds';
import { call, type CallError } from '../../api/client';
import { refresh, useCommand, type Invalidation } from '../../api/hooks';
import { useReportError } from '../../hooks/useReportError';
import { useToast } from '../Toast';
import { LOG_AREAS, dropFromLoadedPages } from './invalidation';

/**
 * Delete with "Undo" for any record: a log entry goes to the bin (out of every list, timeline
 * and sum), a toast offers Undo, and Restore brings it back exactly as it was; Recently deleted
 * offers the same Restore later. A record that is not a log entry (a self-assessment) refreshes
 * only what it names.
 */
export function useSoftDelete(area: RecordArea, noun: string, invalidates: readonly Invalidation[] = LOG_AREAS) {
  const toast = useToast();
  const report = useReportError();
  const queryClient = useQueryClient();
  const remove = useMutation<unknown, CallError, { id: string }>({ mutationFn: ({ id }) => call(`${area}.delete`, { id }) });
  const restore = useCommand(`${area}.restore`, { invalidates });

  const doRestore = (id: string) =>
    restore.mutateAsync({ id }).then(
      () => void toast.show({ tone: 'success', message: `${noun} restored.`, key: `/${area}/${id}` }),
      (error: unknown) => report(error, `restore the ${noun.toLowerCase()}`),
    );

  /**
   * Deletes, then runs `after` (back to where the entry was opened from) and offers Undo. The entry
   * leaves every loaded list before `after` runs, and the refresh follows, so it never shows again
   * on the page the user lands on.
   */
  const doDelete = (id: string, after?: () => void) =>
    remove.mutate(
      { id },
      {
        onSuccess: () => {
          dropFromLoadedPages(queryClient, id);
          after?.();
          void refresh(queryClient, invalidates);
          toast.show({
            message: `${noun} deleted.`,
            action: { label: 'Undo', run: () => doRestore(id) },
            key: `/${area}/${id}`,
          });
        },
        onError: (error) => report(error, `delete the ${noun.toLowerCase()}`),
      },
    );

  return { doDelete, doRestore: (id: string) => void doRestore(id), busy: remove.isPending || restore.isPending };
}
