import { useCallback } from 'react';
import { messageOf } from '../components/StatusViews';
import { useToast } from '../components/Toast';

/** Shows a failed command as an error toast in plain words, e.g. "Could not archive: That project no longer exists." */
export function useReportError(): (error: unknown, doing?: string) => void {
  const toast = useToast();
  return useCallback(
    (error: unknown, doing?: string) => {
      toast.show({ tone: 'error', message: doing ? `Could not ${doing}: ${messageOf(error)}` : messageOf(error) });
    },
    [toast],
  );
}
