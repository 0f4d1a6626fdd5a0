import { useNavigate, useSearchParams } from 'react-router-dom';
import { useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { LOG_AREAS } from '../../components/log/invalidation';
import { emptyRequest } from '../../components/log/requestForm';
import { prefillOf } from '../../components/log/prefill';
import { RequestForm } from './RequestForm';

export function NewRequest() {
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const create = useCommand('requests.create', {
    invalidates: LOG_AREAS,
    onSuccess: (request) => {
      toast.show({ tone: 'success', message: 'Request logged.' });
      navigate(`/requests/${request.id}`, { replace: true });
    },
  });
  return (
    <>
      <PageHeader
        title="Log a request"
        subtitle="Something you asked of someone, or they asked of you — and how it turned out."
        back={{ to: '/requests', label: 'Requests' }}
        focusOnOpen={false}
      />
      <RequestForm initial={emptyRequest(prefillOf(params))} submitLabel="Log request" cancelTo="/requests" onSubmit={create.mutateAsync} />
    </>
  );
}
