import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { isNotFound } from '../../api/errors';
import { useCall, useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { useToast } from '../../components/Toast';
import { LOG_AREAS } from '../../components/log/invalidation';
import { needValuesOf } from '../../components/log/needForm';
import { NotFound } from '../NotFound';
import { NeedForm } from './NeedForm';
import { askedLine } from './needWords';

export function EditNeed() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const detail = useCall('needs.get', { id });
  const update = useCommand('needs.update', {
    invalidates: LOG_AREAS,
    onSuccess: () => {
      toast.show({ tone: 'success', message: 'Request saved.' });
      navigate(`/needs/${id}`);
    },
  });

  if (detail.isPending) return <Loading label="Loading request…" />;
  if (isNotFound(detail.error)) return <NotFound what="This request" back={{ to: '/needs', label: 'Back to requests' }} />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;

  const need = detail.data;
  // A deleted request is read-only; its page says so and offers Restore.
  if (need.deletedAt) return <Navigate to={`/needs/${id}`} replace />;
  return (
    <>
      <PageHeader title="Edit request" subtitle={askedLine(need)} back={{ to: `/needs/${id}`, label: 'Back to the request' }} focusOnOpen={false} />
      <NeedForm
        initial={needValuesOf(need)}
        submitLabel="Save changes"
        cancelTo={`/needs/${id}`}
        onSubmit={(fields) => update.mutateAsync({ id, ...fields })}
      />
    </>
  );
}
