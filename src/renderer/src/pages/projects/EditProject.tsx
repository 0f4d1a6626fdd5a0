import { useNavigate, useParams } from 'react-router-dom';
import { useCall, useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { useToast } from '../../components/Toast';
import { isNotFound } from '../../api/errors';
import { NotFound } from '../NotFound';
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

  if (detail.isPending) return <Loading />;
  if (isNotFound(detail.error)) return <NotFound what="This project" back={{ to: '/projects', label: 'Back to projects' }} />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;

  const { project } = detail.data;
  return (
    <>
      <PageHeader title={`Edit ${project.title}`} back={{ to: `/projects/${id}`, label: project.title }} focusOnOpen={false} />
      <ProjectForm
        initial={formValuesOf(project)}
        submitLabel="Save changes"
        cancelTo={`/projects/${id}`}
        onSubmit={(fields) => update.mutateAsync({ id, ...fields })}
      />
    </>
  );
}
