import { useNavigate, useSearchParams } from 'react-router-dom';
import { useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { emptyHelp } from '../../components/log/helpForm';
import { LOG_AREAS } from '../../components/log/invalidation';
import { prefillOf } from '../../components/log/prefill';
import { HelpForm } from './HelpForm';

export function NewHelp() {
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const create = useCommand('help.create', {
    invalidates: LOG_AREAS,
    onSuccess: (exchange) => {
      toast.show({ tone: 'success', message: 'Help logged.' });
      navigate(`/help/${exchange.id}`, { replace: true });
    },
  });
  return (
    <>
      <PageHeader
        title="Log help"
        subtitle="Help that was not feedback or a lesson: an introduction, a hand with the hanging, a loan, a push."
        back={{ to: '/exchanges', label: 'Give & take' }}
        focusOnOpen={false}
      />
      <HelpForm initial={emptyHelp(prefillOf(params))} submitLabel="Log help" cancelTo="/exchanges" onSubmit={create.mutateAsync} />
    </>
  );
}
