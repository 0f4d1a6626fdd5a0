import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useCommand } from '../../api/hooks';
import { useReportError } from '../../hooks/useReportError';

/**
 * Opening the sample library, and going back to the user's own. Every cached answer belongs to the
 * library it came from, so a switch resets them all (refetching what is on screen) and starts again
 * at the Dashboard: an address from one library means nothing in the other.
 */
export function useLibrarySwitch() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const report = useReportError();
  const switched = async () => {
    navigate('/');
    await queryClient.resetQueries();
  };
  const openSample = useCommand('library.openSample', { invalidates: [], onSuccess: () => void switched() });
  const openOwn = useCommand('library.openOwn', { invalidates: [], onSuccess: () => void switched() });
  return {
    exploreSample: () => openSample.mutate({}, { onError: (error) => report(error, 'open the sample library') }),
    backToOwn: () => openOwn.mutate({}, { onError: (error) => report(error, 'go back to your library') }),
    busy: openSample.isPending || openOwn.isPending,
  };
}
