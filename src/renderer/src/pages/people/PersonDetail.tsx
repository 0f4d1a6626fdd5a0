import { Link, useParams } from 'react-router-dom';
import type { Collaborator } from '../../../../shared/entities/collaborator';
import type { CollaboratorProject } from '../../../../shared/entities/project';
import { useCall, useCommand, type Invalidation } from '../../api/hooks';
import { Avatar } from '../../components/Avatar';
import { Badge, StatusPill } from '../../components/Badge';
import { ArchivedNotice } from '../../components/ArchivedNotice';
import { Card } from '../../components/Card';
import { CheckInCard } from '../../components/checkIns/CheckInCard';
import { EmptyLine } from '../../components/EmptyLine';
import { Fact } from '../../components/entry/Facts';
import { QueryPage, type QueryPageStatus } from '../../components/entry/QueryPage';
import { EditArchiveActions } from '../../components/EntryHeaderActions';
import { PageHeader } from '../../components/PageHeader';
import { SectionedDetail } from '../../components/SectionedDetail';
import { BalancePanel } from '../../components/patterns/BalancePanel';
import { useToast } from '../../components/Toast';
import { Timeline } from '../../components/timeline/Timeline';
import { KIND_LABEL, MEDIUM_LABEL, ROLE_HINT, ROLE_LABEL, formatMomentDay, formatSpan } from '../../format';
import { useReportError } from '../../hooks/useReportError';
import { PERSON_SECTIONS } from './personSections';
import '../../components/surfaces/rows.css';
import '../../components/surfaces/facts.css';

export const PERSON_NOT_FOUND: QueryPageStatus['notFound'] = { what: 'This person', back: { to: '/people', label: 'Back to people' } };

/** One person or group: what passed between you, the balance, the projects they are on (with their role there), their notes; archive/restore with Undo. */
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
          <PersonSections person={collaborator} projects={projects} />
        </>
      )}
    </QueryPage>
  );
}

/**
 * What happened between you comes first: the timeline, then the balance and the projects, each a
 * tab kept in the address (?tab=balance), so Back, reload and links from a finding keep it.
 */
function PersonSections({ person, projects }: { person: Collaborator; projects: CollaboratorProject[] }) {
  return (
    <SectionedDetail
      label={`Sections of ${person.name}’s page`}
      ids={PERSON_SECTIONS}
      sections={{
        timeline: {
          label: 'Timeline',
          content: <Timeline scope={{ collaboratorId: person.id }} name={person.name} readOnly={Boolean(person.archivedAt)} />,
        },
        balance: { label: 'Balance', content: <BalancePanel collaboratorId={person.id} /> },
        projects: { label: 'Projects', count: projects.length, content: <PersonProjects person={person} projects={projects} /> },
      }}
      about={
        <>
          <PersonAbout person={person} />
          <CheckInCard person={person} />
        </>
      }
    />
  );
}

function useArchiving(person: Collaborator) {
  const toast = useToast();
  const report = useReportError();
  const invalidates: Invalidation[] = ['collaborators', 'projects', 'checkIns'];
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
        <EmptyLine
          action={
            !person.archivedAt && (
              <Link className="link" to="/projects">
                Add to a project
              </Link>
            )
          }
        >
          No shared projects yet
        </EmptyLine>
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
