import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ProjectStatus, type Project, type ProjectMember } from '../../../../shared/entities/project';
import { useCall, useCommand, type Invalidation } from '../../api/hooks';
import { Badge, StatusDot, StatusPill } from '../../components/Badge';
import { ArchivedNotice } from '../../components/ArchivedNotice';
import { Card } from '../../components/Card';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Fact } from '../../components/entry/Facts';
import { MetaLine } from '../../components/entry/MetaLine';
import { QueryPage, type QueryPageStatus } from '../../components/entry/QueryPage';
import { EditArchiveActions } from '../../components/EntryHeaderActions';
import { PageHeader } from '../../components/PageHeader';
import { SectionedDetail } from '../../components/SectionedDetail';
import { useToast } from '../../components/Toast';
import { Timeline } from '../../components/timeline/Timeline';
import { MEDIUM_LABEL, STATUS_LABEL, formatAgo, formatDay, formatMomentDay, formatSpan } from '../../format';
import { useReportError } from '../../hooks/useReportError';
import { ProjectMembers } from './ProjectMembers';
import '../../components/surfaces/facts.css';

const STATUS_CHOICES = ProjectStatus.options.map((value) => ({
  value,
  label: STATUS_LABEL[value],
  adornment: <StatusDot status={value} />,
}));

export const PROJECT_NOT_FOUND: QueryPageStatus['notFound'] = { what: 'This project', back: { to: '/projects', label: 'Back to projects' } };

/** One project: what it is, its status (changed in one click), archive/restore with Undo, its timeline and the people on it. */
export function ProjectDetail() {
  const { id = '' } = useParams();
  const detail = useCall('projects.get', { id });
  return (
    <QueryPage query={detail} loading="Loading project…" notFound={PROJECT_NOT_FOUND}>
      {({ project, members }) => (
        <>
          <ProjectHeader project={project} />
          {project.archivedAt && (
            <ArchivedNotice archivedAt={project.archivedAt}>
              Hidden from your lists and the dashboard, and read-only. Restore it to bring it back with everyone on it.
            </ArchivedNotice>
          )}
          <ProjectSections project={project} members={members} />
        </>
      )}
    </QueryPage>
  );
}

const PROJECT_SECTIONS = ['timeline', 'people'] as const;

/** What happened on the project comes first; the people on it (and those in its log) are a tab away, kept in the address. */
function ProjectSections({ project, members }: { project: Project; members: ProjectMember[] }) {
  return (
    <SectionedDetail
      label={`Sections of ${project.title}`}
      ids={PROJECT_SECTIONS}
      sections={{
        timeline: {
          label: 'Timeline',
          content: <Timeline scope={{ projectId: project.id }} name={project.title} readOnly={Boolean(project.archivedAt)} />,
        },
        people: { label: 'People', count: members.length, content: <ProjectMembers project={project} members={members} /> },
      }}
      about={<ProjectAbout project={project} />}
    />
  );
}

function useArchiving(project: Project) {
  const toast = useToast();
  const report = useReportError();
  const invalidates: Invalidation[] = ['projects', 'collaborators'];
  const archive = useCommand('projects.archive', { invalidates });
  const restore = useCommand('projects.restore', { invalidates });

  const doArchive = () =>
    archive.mutate(
      { id: project.id },
      {
        onSuccess: () =>
          toast.show({
            message: `“${project.title}” archived.`,
            key: `/projects/${project.id}`,
            action: {
              label: 'Undo',
              run: () => restore.mutateAsync({ id: project.id }).then(() => undefined, (error) => report(error, 'undo')),
            },
          }),
        onError: (error) => report(error, 'archive the project'),
      },
    );
  const doRestore = () =>
    restore.mutate(
      { id: project.id },
      {
        onSuccess: () =>
          toast.show({ tone: 'success', message: `“${project.title}” restored.`, key: `/projects/${project.id}` }),
        onError: (error) => report(error, 'restore the project'),
      },
    );
  return { doArchive, doRestore, busy: archive.isPending || restore.isPending };
}

function ProjectHeader({ project }: { project: Project }) {
  const report = useReportError();
  const { doArchive, doRestore, busy } = useArchiving(project);
  const update = useCommand('projects.update', { invalidates: ['projects', 'collaborators'] });
  // Shown at once while the change is saved, so the control never lags behind the click or arrow key.
  const [savingStatus, setSavingStatus] = useState<ProjectStatus | null>(null);
  const changeStatus = (status: ProjectStatus) => {
    setSavingStatus(status);
    update.mutate(
      { id: project.id, status },
      {
        onError: (error) => report(error, 'change the status'),
        onSettled: () => setSavingStatus(null),
      },
    );
  };
  return (
    <>
      <PageHeader
        title={project.title}
        back={{ to: '/projects', label: 'Projects' }}
        adornment={project.archivedAt ? <Badge>Archived</Badge> : <StatusPill status={project.status} />}
        subtitle={
          <MetaLine
            parts={[MEDIUM_LABEL[project.medium], formatSpan(project.startDate, project.endDate), `Updated ${formatAgo(project.updatedAt)}`]}
          />
        }
        actions={
          <EditArchiveActions
            editTo={`/projects/${project.id}/edit`}
            archived={Boolean(project.archivedAt)}
            busy={busy}
            onArchive={doArchive}
            onRestore={doRestore}
          />
        }
      />
      {/* An archived project is read-only until restored, so its status is not offered for change. */}
      {!project.archivedAt && (
        <ChoiceGroup
          className="status-switch"
          legend="Status"
          choices={STATUS_CHOICES}
          value={savingStatus ?? project.status}
          onChange={changeStatus}
        />
      )}
    </>
  );
}

function ProjectAbout({ project }: { project: Project }) {
  return (
    <Card title="About">
      {project.description ? (
        <p className="prose">{project.description}</p>
      ) : project.archivedAt ? (
        <p className="muted">No description.</p>
      ) : (
        <p className="muted">
          No description yet.{' '}
          <Link className="link" to={`/projects/${project.id}/edit`}>
            Add one
          </Link>
        </p>
      )}
      <dl className="facts">
        <Fact term="Medium">{MEDIUM_LABEL[project.medium]}</Fact>
        <Fact term="Started">{project.startDate ? formatDay(project.startDate) : '—'}</Fact>
        <Fact term="Ended">{project.endDate ? formatDay(project.endDate) : project.status === 'finished' ? '—' : 'Ongoing'}</Fact>
        <Fact term="Added">{formatMomentDay(project.createdAt)}</Fact>
      </dl>
    </Card>
  );
}
