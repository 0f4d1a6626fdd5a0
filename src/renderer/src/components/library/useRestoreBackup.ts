import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useCommand } from '../../api/hooks';

/**
 * Restoring a backup: the library underneath changes completely, so every cached answer is reset
 * (refetching what is on screen, app.info first) and the app starts again at the Dashboard.
 */
export function useRestoreBackup() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCommand('backups.restore', {
    invalidates: [],
    onSuccess: () => {
      navigate('/');
      void queryClient.resetQueries();
    },
  });
}
