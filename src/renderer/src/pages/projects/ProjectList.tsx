import { Link, useSearchParams } from 'react-router-dom';
import { parseFlag, serializeFlag, useUrlState } from '../../hooks/useUrlState';
import { ProjectStatus, type Project } from '../../../../shared/entities/project';
import { useCall } from '../../api/hooks';
import { Badge, StatusDot, StatusPill } from '../../components/Badge';
import { Button, ButtonLink } from '../../components/Button';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { Toggle } from '../../components/Toggle';
import { MEDIUM_LABEL, STATUS_LABEL, formatAgo, formatSpan, plural } from '../../format';
import '../../components/surfaces/rows.css';

type StatusFilter = ProjectStatus | 'all';

const parseStatus = (raw: string | null): StatusFilter => {
  const parsed = ProjectStatus.safeParse(raw);
  return parsed.success ? parsed.data : 'all';
};

const FILTERS = [
  { value: 'all' as const, label: 'All' },
  ...ProjectStatus.options.map((value) => ({ value, label: STATUS_LABEL[value], adornment: <StatusDot status={value} /> })),
];

/** All projects, filterable by status; the filter lives in the address so Back and reload keep it. */
export function ProjectList() {
  const [, setParams] = useSearchParams();
  const [status, setStatus] = useUrlState<StatusFilter>('status', parseStatus, (value) => (value === 'all' ? null : value));
  const [showArchived, setShowArchived] = useUrlState('archived', parseFlag, serializeFlag);
  const projects = useCall('projects.list', {
    includeArchived: showArchived,
    ...(status === 'all' ? {} : { status }),
  });

  const filtered = status !== 'all' || showArchived;
  const count = projects.data?.filter((project) => !project.archivedAt).length;

  return (
    <>
      <PageHeader
        title="Projects"
        subtitle={count === undefined ? undefined : filtered ? 'Filtered view' : plural(count, 'project')}
        actions={
          <ButtonLink to="/projects/new" variant="primary" icon={<Icon name="plus" />}>
            New project
          </ButtonLink>
        }
      />
      <div className="toolbar">
        <ChoiceGroup
          legend="Filter by status"
          hideLegend
          choices={FILTERS}
          value={status}
          onChange={setStatus}
        />
        <Toggle label="Show archived" checked={showArchived} onChange={setShowArchived} />
      </div>
      {projects.isPending ? (
        <Loading label="Loading projects…" />
      ) : projects.isError ? (
        <ErrorNotice error={projects.error} onRetry={() => void projects.refetch()} />
      ) : projects.data.length === 0 ? (
        filtered ? (
          <EmptyState
            icon="projects"
            title={status === 'all' ? 'No projects here' : `No ${STATUS_LABEL[status].toLowerCase()} projects`}
            action={<Button onClick={() => setParams({}, { replace: true })}>Show all projects</Button>}
          >
            <p>Nothing matches this filter. Clear it to see every project you are working on.</p>
          </EmptyState>
        ) : (
          <EmptyState
            icon="projects"
            title="No projects yet"
            action={
              <ButtonLink to="/projects/new" variant="primary" icon={<Icon name="plus" />}>
                New project
              </ButtonLink>
            }
          >
            <p>
              A project is anything you make with others — an album, a series of paintings, a script. Add one, then put
              the people who help you on it.
            </p>
          </EmptyState>
        )
      ) : (
        <ul className="rows" aria-label="Projects">
          {projects.data.map((project) => (
            <ProjectRow key={project.id} project={project} />
          ))}
        </ul>
      )}
    </>
  );
}

function ProjectRow({ project }: { project: Project }) {
  const span = formatSpan(project.startDate, project.endDate);
  return (
    <li className={`row${project.archivedAt ? ' row--archived' : ''}`}>
      <div className="row__main">
        <Link className="row__title stretched-link" to={`/projects/${project.id}`} title={project.title}>
          {project.title}
        </Link>
        <div className="row__meta">
          <span>{MEDIUM_LABEL[project.medium]}</span>
          {span && (
            <>
              <span className="dot-sep" aria-hidden="true" />
              <span>{span}</span>
            </>
          )}
          <span className="dot-sep" aria-hidden="true" />
          <span>{plural(project.memberCount, 'person', 'people')}</span>
        </div>
      </div>
      <div className="row__side">
        {project.archivedAt && <Badge>Archived</Badge>}
        <StatusPill status={project.status} />
        <span className="row__ago">Updated {formatAgo(project.updatedAt)}</span>
      </div>
    </li>
  );
}
