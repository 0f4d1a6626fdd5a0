import { useNavigate, useParams } from 'react-router-dom';
import { isNotFound } from '../../api/errors';
import { useCall, useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { useToast } from '../../components/Toast';
import { NotFound } from '../NotFound';
import { PersonForm, formValuesOf } from './PersonForm';

export function EditPerson() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const detail = useCall('collaborators.get', { id });
  const update = useCommand('collaborators.update', {
    invalidates: ['collaborators', 'projects'],
    onSuccess: () => {
      toast.show({ tone: 'success', message: 'Changes saved.' });
      navigate(`/people/${id}`);
    },
  });

  if (detail.isPending) return <Loading />;
  if (isNotFound(detail.error)) return <NotFound what="This person" back={{ to: '/people', label: 'Back to people' }} />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;

  const { collaborator } = detail.data;
  return (
    <>
      <PageHeader title={`Edit ${collaborator.name}`} back={{ to: `/people/${id}`, label: collaborator.name }} focusOnOpen={false} />
      <PersonForm
        initial={formValuesOf(collaborator)}
        submitLabel="Save changes"
        cancelTo={`/people/${id}`}
        onSubmit={(fields) => update.mutateAsync({ id, ...fields })}
      />
    </>
  );
}
