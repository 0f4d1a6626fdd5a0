import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { KindArea } from '../../../../shared/kinds';
import { call, type CallError } from '../../api/client';
import { refresh, useCommand } from '../../api/hooks';
import { useReportError } from '../../hooks/useReportError';
import { useToast } from '../Toast';
import { LOG_AREAS, dropFromLoadedPages } from './invalidation';

/**
 * Delete with "Undo" for any log entry: the entry goes to the bin (out of every list, timeline
 * and sum), a toast offers Undo, and Restore brings it back exactly as it was. Later, Recently
 * deleted offers the same Restore.
 */
export function useSoftDelete(area: KindArea, noun: string) {
  const toast = useToast();
  const report = useReportError();
  const queryClient = useQueryClient();
  const remove = useMutation<unknown, CallError, { id: string }>({ mutationFn: ({ id }) => call(`${area}.delete`, { id }) });
  const restore = useCommand(`${area}.restore`, { invalidates: LOG_AREAS });

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
          void refresh(queryClient, LOG_AREAS);
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
