import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { isNotFound } from '../../api/errors';
import { useCall, useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { useToast } from '../../components/Toast';
import { helpValuesOf } from '../../components/log/helpForm';
import { LOG_AREAS } from '../../components/log/invalidation';
import { NotFound } from '../NotFound';
import { HelpForm } from './HelpForm';
import { exchangeTitle, sourceEditHref } from '../exchanges/exchangeWords';

export function EditHelp() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const detail = useCall('help.get', { id });
  const update = useCommand('help.update', {
    invalidates: LOG_AREAS,
    onSuccess: () => {
      toast.show({ tone: 'success', message: 'Help saved.' });
      navigate(`/help/${id}`);
    },
  });

  if (detail.isPending) return <Loading label="Loading…" />;
  if (isNotFound(detail.error)) return <NotFound what="This exchange" back={{ to: '/exchanges', label: 'Back to give & take' }} />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;

  const exchange = detail.data;
  // A row derived from feedback or a lesson is edited through that entry; a deleted one is read-only.
  if (!exchange.editable) return <Navigate to={sourceEditHref(exchange)} replace />;
  if (exchange.deletedAt) return <Navigate to={`/help/${id}`} replace />;
  return (
    <>
      <PageHeader title="Edit help" subtitle={exchangeTitle(exchange)} back={{ to: `/help/${id}`, label: 'Back to the entry' }} focusOnOpen={false} />
      <HelpForm
        initial={helpValuesOf(exchange)}
        submitLabel="Save changes"
        cancelTo={`/help/${id}`}
        onSubmit={(fields) => update.mutateAsync({ id, ...fields })}
      />
    </>
  );
}
