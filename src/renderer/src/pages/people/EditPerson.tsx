import { useNavigate, useParams } from 'react-router-dom';
import { useCall, useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { QueryPage } from '../../components/entry/QueryPage';
import { useToast } from '../../components/Toast';
import { PERSON_NOT_FOUND } from './PersonDetail';
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

  return (
    <QueryPage query={detail} notFound={PERSON_NOT_FOUND}>
      {({ collaborator }) => (
        <>
          <PageHeader title={`Edit ${collaborator.name}`} back={{ to: `/people/${id}`, label: collaborator.name }} focusOnOpen={false} />
          <PersonForm
            initial={formValuesOf(collaborator)}
            submitLabel="Save changes"
            cancelTo={`/people/${id}`}
            onSubmit={(fields) => update.mutateAsync({ id, ...fields })}
          />
        </>
      )}
    </QueryPage>
  );
}
