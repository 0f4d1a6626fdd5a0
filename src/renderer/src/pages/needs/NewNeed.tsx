import { useNavigate, useSearchParams } from 'react-router-dom';
import { useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { LOG_AREAS } from '../../components/log/invalidation';
import { emptyNeed } from '../../components/log/needForm';
import { prefillOf } from '../../components/log/prefill';
import { NeedForm } from './NeedForm';

export function NewNeed() {
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const create = useCommand('needs.create', {
    invalidates: LOG_AREAS,
    onSuccess: (need) => {
      toast.show({ tone: 'success', message: 'Request logged.' });
      navigate(`/needs/${need.id}`, { replace: true });
    },
  });
  return (
    <>
      <PageHeader
        title="Log a request"
        subtitle="Something you asked of someone, or they asked of you — and how it turned out."
        back={{ to: '/needs', label: 'Requests' }}
        focusOnOpen={false}
      />
      <NeedForm initial={emptyNeed(prefillOf(params))} submitLabel="Log request" cancelTo="/needs" onSubmit={create.mutateAsync} />
    </>
  );
}
