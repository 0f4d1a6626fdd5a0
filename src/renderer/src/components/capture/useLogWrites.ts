import { entryHref } from '../../../../shared/kinds';
import { useCommand } from '../../api/hooks';
import { LOG_AREAS } from '../log/invalidation';
import { type CaptureKind, type CaptureRequest } from './captureDraft';

/**
 * Creating and removing an entry of any kind, for quick capture and its Undo. A new entry
 * shows up in its own list, the ledger (feedback and lessons derive exchanges), the practice
 * list, timelines and patterns, so all of those are refreshed.
 */

export interface LoggedEntry {
  kind: CaptureKind;
  id: string;
  collaboratorName: string;
  /** The entry's own page. */
  href: string;
}

export function useLogWrites() {
  const options = { invalidates: LOG_AREAS };
  const createFeedback = useCommand('feedback.create', options);
  const createLesson = useCommand('lessons.create', options);
  const createHelp = useCommand('help.create', options);
  const createRequest = useCommand('requests.create', options);
  const deleteFeedback = useCommand('feedback.delete', options);
  const deleteLesson = useCommand('lessons.delete', options);
  const deleteHelp = useCommand('help.delete', options);
  const deleteRequest = useCommand('requests.delete', options);

  const create = async (request: CaptureRequest): Promise<LoggedEntry> => {
    const saved = await (() => {
      switch (request.kind) {
        case 'feedback':
          return createFeedback.mutateAsync(request.input);
        case 'lesson':
          return createLesson.mutateAsync(request.input);
        case 'help':
          return createHelp.mutateAsync(request.input);
        case 'request':
          return createRequest.mutateAsync(request.input);
      }
    })();
    return {
      kind: request.kind,
      id: saved.id,
      collaboratorName: saved.collaboratorName,
      href: entryHref(request.kind, saved.id),
    };
  };

  /** Soft delete: the entry (and any exchange derived from it) leaves every list and sum. */
  const remove = async (entry: Pick<LoggedEntry, 'kind' | 'id'>): Promise<void> => {
    const input = { id: entry.id };
    switch (entry.kind) {
      case 'feedback':
        await deleteFeedback.mutateAsync(input);
        return;
      case 'lesson':
        await deleteLesson.mutateAsync(input);
        return;
      case 'help':
        await deleteHelp.mutateAsync(input);
        return;
      case 'request':
        await deleteRequest.mutateAsync(input);
        return;
    }
  };

  const saving = createFeedback.isPending || createLesson.isPending || createHelp.isPending || createRequest.isPending;
  return { create, remove, saving };
}
