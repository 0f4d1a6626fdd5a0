import { useNavigate } from 'react-router-dom';
import { useCall, useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { PageLoading } from '../../components/PageLoading';
import { lastMedium } from './lastMedium';
import { ProjectForm, emptyProject } from './ProjectForm';

export function NewProject() {
  const navigate = useNavigate();
  // Usually already loaded (quick log keeps it); without it the form still opens, on "Other".
  const projects = useCall('projects.list', {});
  const create = useCommand('projects.create', {
    // Lands on the new project's page, whose heading takes the focus.
    onSuccess: (project) => navigate(`/projects/${project.id}`, { replace: true }),
  });
  const earlier = projects.data ?? [];
  return (
    <>
      <PageHeader
        title="New project"
        subtitle="Anything you make with others: an album, a series of paintings, a script, a show."
        back={{ to: '/projects', label: 'Projects' }}
        focusOnOpen={false}
      />
      {projects.isPending ? (
        <PageLoading />
      ) : (
        <ProjectForm
          initial={emptyProject(lastMedium(earlier))}
          mediumHint={earlier.length > 0 ? 'The same as your latest project; change it if this one differs.' : 'Other until you choose what this project is.'}
          submitLabel="Create project"
          cancelTo="/projects"
          onSubmit={create.mutateAsync}
        />
      )}
    </>
  );
}
