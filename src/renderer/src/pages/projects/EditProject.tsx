import { useNavigate, useParams } from 'react-router-dom';
import { useCall, useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toast';
import { QueryPage } from '../../components/entry/QueryPage';
import { PROJECT_NOT_FOUND } from './ProjectDetail';
import { ProjectForm, formValuesOf } from './ProjectForm';

export function EditProject() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const toast = useToast();
  const detail = useCall('projects.get', { id });
  const update = useCommand('projects.update', {
    invalidates: ['projects', 'collaborators'],
    onSuccess: () => {
      toast.show({ tone: 'success', message: 'Project saved.' });
      navigate(`/projects/${id}`);
    },
  });

  return (
    <QueryPage query={detail} notFound={PROJECT_NOT_FOUND}>
      {({ project }) => (
        <>
          <PageHeader title={`Edit ${project.title}`} back={{ to: `/projects/${id}`, label: project.title }} focusOnOpen={false} />
          <ProjectForm
            initial={formValuesOf(project)}
            submitLabel="Save changes"
            cancelTo={`/projects/${id}`}
            onSubmit={(fields) => update.mutateAsync({ id, ...fields })}
          />
        </>
      )}
    </QueryPage>
  );
}
