import { useNavigate } from 'react-router-dom';
import { useCommand } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { ProjectForm, emptyProject } from './ProjectForm';

export function NewProject() {
  const navigate = useNavigate();
  const create = useCommand('projects.create', {
    // Lands on the new project's page, whose heading takes the focus.
    onSuccess: (project) => navigate(`/projects/${project.id}`, { replace: true }),
  });
  return (
    <>
      <PageHeader
        title="New project"
        subtitle="Anything you make with others: an album, a series of paintings, a script, a show."
        back={{ to: '/projects', label: 'Projects' }}
        focusOnOpen={false}
      />
      <ProjectForm initial={emptyProject} submitLabel="Create project" cancelTo="/projects" onSubmit={create.mutateAsync} />
    </>
  );
}
