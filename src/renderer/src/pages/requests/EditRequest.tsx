import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { isNotFound } from '../../api/errors';
import { useCall, useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { useToast } from '../../components/Toast';
import { LOG_AREAS } from '../../components/log/invalidation';
import { requestValuesOf } from '../../components/log/requestForm';
import { NotFound } from '../NotFound';
import { RequestForm } from './RequestForm';
import { askedLine } from './requestWords';

export function EditRequest() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const detail = useCall('requests.get', { id });
  const update = useCommand('requests.update', {
    invalidates: LOG_AREAS,
    onSuccess: () => {
      toast.show({ tone: 'success', message: 'Request saved.' });
      navigate(`/requests/${id}`);
    },
  });

  if (detail.isPending) return <Loading label="Loading request…" />;
  if (isNotFound(detail.error)) return <NotFound what="This request" back={{ to: '/requests', label: 'Back to requests' }} />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;

  const request = detail.data;
  // A deleted request is read-only; its page says so and offers Restore.
  if (request.deletedAt) return <Navigate to={`/requests/${id}`} replace />;
  return (
    <>
      <PageHeader title="Edit request" subtitle={askedLine(request)} back={{ to: `/requests/${id}`, label: 'Back to the request' }} focusOnOpen={false} />
      <RequestForm
        initial={requestValuesOf(request)}
        submitLabel="Save changes"
        cancelTo={`/requests/${id}`}
        onSubmit={(fields) => update.mutateAsync({ id, ...fields })}
      />
    </>
  );
}
