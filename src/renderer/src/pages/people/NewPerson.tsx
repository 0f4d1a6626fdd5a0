import { useNavigate } from 'react-router-dom';
import { useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { PersonForm, emptyPerson } from './PersonForm';

export function NewPerson() {
  const navigate = useNavigate();
  const create = useCommand('collaborators.create', {
    // Lands on the new person's page, whose heading takes the focus.
    onSuccess: (person) => navigate(`/people/${person.id}`, { replace: true }),
  });
  return (
    <>
      <PageHeader
        title="New person"
        subtitle="Someone you make things with, learn from or teach — or a group of them."
        back={{ to: '/people', label: 'People' }}
        focusOnOpen={false}
      />
      <PersonForm initial={emptyPerson} submitLabel="Add person" cancelTo="/people" onSubmit={create.mutateAsync} />
    </>
  );
}
