import { Link, useParams } from 'react-router-dom';
import type { Collaborator } from '../../../../shared/entities/collaborator';
import type { CollaboratorProject } from '../../../../shared/entities/project';
import { useCall, useCommand, type Invalidation } from '../../api/hooks';
import { Avatar } from '../../components/Avatar';
import { Badge, StatusPill } from '../../components/Badge';
import { ArchivedNotice } from '../../components/ArchivedNotice';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { Fact } from '../../components/entry/Facts';
import { QueryPage, type QueryPageStatus } from '../../components/entry/QueryPage';
import { EditArchiveActions } from '../../components/EntryHeaderActions';
import { PageHeader } from '../../components/PageHeader';
import { BalancePanel } from '../../components/patterns/BalancePanel';
import { useToast } from '../../components/Toast';
import { Timeline } from '../../components/timeline/Timeline';
import { KIND_LABEL, MEDIUM_LABEL, ROLE_HINT, ROLE_LABEL, formatMomentDay, formatSpan } from '../../format';
import { useReportError } from '../../hooks/useReportError';
import '../../components/surfaces/rows.css';
import '../../components/surfaces/facts.css';

export const PERSON_NOT_FOUND: QueryPageStatus['notFound'] = { what: 'This person', back: { to: '/people', label: 'Back to people' } };

/** One person or group: their roles, notes, the projects they are on (with their role there), archive/restore with Undo. */
export function PersonDetail() {
  const { id = '' } = useParams();
  const detail = useCall('collaborators.get', { id });
  return (
    <QueryPage query={detail} notFound={PERSON_NOT_FOUND}>
      {({ collaborator, projects }) => (
        <>
          <PersonHeader person={collaborator} />
          {collaborator.archivedAt && (
            <ArchivedNotice archivedAt={collaborator.archivedAt}>
              Hidden from your lists and read-only. Their projects and history are kept; Restore brings them back.
            </ArchivedNotice>
          )}
          <div className="detail-grid">
            <div className="detail-grid__main">
              <BalancePanel collaboratorId={collaborator.id} />
              <PersonProjects person={collaborator} projects={projects} />
              <Timeline scope={{ collaboratorId: collaborator.id }} name={collaborator.name} readOnly={Boolean(collaborator.archivedAt)} />
            </div>
            <div className="detail-grid__side">
              <PersonAbout person={collaborator} />
            </div>
          </div>
        </>
      )}
    </QueryPage>
  );
}

function useArchiving(person: Collaborator) {
  const toast = useToast();
  const report = useReportError();
  const invalidates: Invalidation[] = ['collaborators', 'projects'];
  const archive = useCommand('collaborators.archive', { invalidates });
  const restore = useCommand('collaborators.restore', { invalidates });
  const doArchive = () =>
    archive.mutate(
      { id: person.id },
      {
        onSuccess: () =>
          toast.show({
            message: `${person.name} archived.`,
            key: `/people/${person.id}`,
            action: {
              label: 'Undo',
              run: () => restore.mutateAsync({ id: person.id }).then(() => undefined, (error) => report(error, 'undo')),
            },
          }),
        onError: (error) => report(error, 'archive'),
      },
    );
  const doRestore = () =>
    restore.mutate(
      { id: person.id },
      {
        onSuccess: () => toast.show({ tone: 'success', message: `${person.name} restored.`, key: `/people/${person.id}` }),
        onError: (error) => report(error, 'restore'),
      },
    );
  return { doArchive, doRestore, busy: archive.isPending || restore.isPending };
}

function PersonHeader({ person }: { person: Collaborator }) {
  const { doArchive, doRestore, busy } = useArchiving(person);
  return (
      <PageHeader
        title={person.name}
        leading={<Avatar id={person.id} name={person.name} kind={person.kind} size="lg" />}
        back={{ to: '/people', label: 'People' }}
        adornment={
          <>
            {person.kind === 'group' && <Badge tone="blue">Group</Badge>}
            {person.archivedAt && <Badge>Archived</Badge>}
          </>
        }
        subtitle={
          person.roles.length > 0 ? (
            <ul className="badge-list" aria-label="Roles">
              {person.roles.map((role) => (
                <li key={role}>
                  <Badge tone="violet">{ROLE_LABEL[role]}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            <span className="faint">No roles yet</span>
          )
        }
        actions={
          <EditArchiveActions
            editTo={`/people/${person.id}/edit`}
            archived={Boolean(person.archivedAt)}
            busy={busy}
            onArchive={doArchive}
            onRestore={doRestore}
          />
        }
      />
  );
}

function PersonProjects({ person, projects }: { person: Collaborator; projects: CollaboratorProject[] }) {
  return (
    <Card title="Projects" flush>
      {projects.length === 0 ? (
        <EmptyState
          compact
          icon="projects"
          title={`${person.name} is not on any project yet`}
          action={
            <ButtonLink to="/projects" size="sm">
              Go to projects
            </ButtonLink>
          }
        >
          <p>Open a project and use “Add person” to put them on it with their role.</p>
        </EmptyState>
      ) : (
        <ul className="rows rows--inset" aria-label={`Projects ${person.name} is on`}>
          {projects.map(({ project, role }) => {
            const span = formatSpan(project.startDate, project.endDate);
            return (
              <li key={project.id} className={`row${project.archivedAt ? ' row--archived' : ''}`}>
                <div className="row__main">
                  <Link className="row__title stretched-link" to={`/projects/${project.id}`} title={project.title}>
                    {project.title}
                  </Link>
                  <div className="row__meta">
                    {role ? <span className="member-role">{role}</span> : <span className="faint">No role set</span>}
                    <span className="dot-sep" aria-hidden="true" />
                    <span>{MEDIUM_LABEL[project.medium]}</span>
                    {span && (
                      <>
                        <span className="dot-sep" aria-hidden="true" />
                        <span>{span}</span>
                      </>
                    )}
                  </div>
                </div>
                <div className="row__side">
                  {project.archivedAt && <Badge>Archived</Badge>}
                  <StatusPill status={project.status} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function PersonAbout({ person }: { person: Collaborator }) {
  return (
    <Card title="About">
      {person.notes ? (
        <p className="prose">{person.notes}</p>
      ) : person.archivedAt ? (
        <p className="muted">No notes.</p>
      ) : (
        <p className="muted">
          No notes yet.{' '}
          <Link className="link" to={`/people/${person.id}/edit`}>
            Add some
          </Link>
        </p>
      )}
      <dl className="facts">
        <Fact term="Kind">{KIND_LABEL[person.kind]}</Fact>
        {person.roles.map((role) => (
          <Fact key={role} term={ROLE_LABEL[role]}>
            {ROLE_HINT[role]}
          </Fact>
        ))}
        <Fact term="Added">{formatMomentDay(person.createdAt)}</Fact>
      </dl>
    </Card>
  );
}
