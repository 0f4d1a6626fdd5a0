import type { RecordArea } from '../../../../shared/kinds';
import type { Invalidation } from '../../api/hooks';
import { useCommand } from '../../api/hooks';
import { useReportError } from '../../hooks/useReportError';
import { useToast } from '../Toast';
import { LOG_AREAS } from './invalidation';

/**
 * Delete with "Undo" for any record: a log entry goes to the bin (out of every list, timeline
 * and sum), a toast offers Undo, and Restore brings it back exactly as it was. A record that is not
 * a log entry (a self-assessment) refreshes only its own area.
 */
export function useSoftDelete(area: RecordArea, noun: string, invalidates: readonly Invalidation[] = LOG_AREAS) {
  const toast = useToast();
  const report = useReportError();
  const remove = useCommand(`${area}.delete`, { invalidates });
  const restore = useCommand(`${area}.restore`, { invalidates });

  const doRestore = (id: string) =>
    restore.mutateAsync({ id }).then(
      () => void toast.show({ tone: 'success', message: `${noun} restored.`, key: `/${area}/${id}` }),
      (error: unknown) => report(error, `restore the ${noun.toLowerCase()}`),
    );

  /** Deletes, then runs `after` (e.g. back to the list) and offers Undo. */
  const doDelete = (id: string, after?: () => void) =>
    remove.mutate(
      { id },
      {
        onSuccess: () => {
          after?.();
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
