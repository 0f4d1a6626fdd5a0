import { Link, useSearchParams } from 'react-router-dom';
import { parseFlag, serializeFlag, useUrlState } from '../../hooks/useUrlState';
import { CollaboratorRole, COLLABORATOR_ROLES, type Collaborator } from '../../../../shared/entities/collaborator';
import { useCall } from '../../api/hooks';
import { Avatar } from '../../components/Avatar';
import { Badge } from '../../components/Badge';
import { Button, ButtonLink } from '../../components/Button';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { Toggle } from '../../components/Toggle';
import { ROLE_LABEL, formatAgo, plural } from '../../format';
import '../../components/surfaces/rows.css';

type RoleFilter = CollaboratorRole | 'all';

const parseRole = (raw: string | null): RoleFilter => {
  const parsed = CollaboratorRole.safeParse(raw);
  return parsed.success ? parsed.data : 'all';
};

const FILTERS = [
  { value: 'all' as const, label: 'Everyone' },
  ...COLLABORATOR_ROLES.map((value) => ({ value, label: ROLE_LABEL[value] })),
];

/** Everyone in the library, filterable by role; the filter lives in the address. */
export function PeopleList() {
  const [, setParams] = useSearchParams();
  const [role, setRole] = useUrlState<RoleFilter>('role', parseRole, (value) => (value === 'all' ? null : value));
  const [showArchived, setShowArchived] = useUrlState('archived', parseFlag, serializeFlag);
  const people = useCall('collaborators.list', {
    includeArchived: showArchived,
    ...(role === 'all' ? {} : { role }),
  });

  const filtered = role !== 'all' || showArchived;
  const count = people.data?.filter((person) => !person.archivedAt).length;

  return (
    <>
      <PageHeader
        title="People"
        subtitle={count === undefined ? undefined : filtered ? 'Filtered view' : `${plural(count, 'person', 'people')} and groups you work with`}
        actions={
          <ButtonLink to="/people/new" variant="primary" icon={<Icon name="plus" />}>
            New person
          </ButtonLink>
        }
      />
      <div className="toolbar">
        <ChoiceGroup legend="Filter by role" hideLegend choices={FILTERS} value={role} onChange={setRole} />
        <Toggle label="Show archived" checked={showArchived} onChange={setShowArchived} />
      </div>
      {people.isPending ? (
        <Loading label="Loading people…" />
      ) : people.isError ? (
        <ErrorNotice error={people.error} onRetry={() => void people.refetch()} />
      ) : people.data.length === 0 ? (
        filtered ? (
          <EmptyState
            icon="people"
            title={role === 'all' ? 'No one here' : `No one is a ${ROLE_LABEL[role].toLowerCase()} yet`}
            action={<Button onClick={() => setParams({}, { replace: true })}>Show everyone</Button>}
          >
            <p>Nothing matches this filter. Roles are set on each person’s page.</p>
          </EmptyState>
        ) : (
          <EmptyState
            icon="people"
            title="No people yet"
            action={
              <ButtonLink to="/people/new" variant="primary" icon={<Icon name="plus" />}>
                New person
              </ButtonLink>
            }
          >
            <p>
              Add the people you make things with, learn from or teach — and groups, like a band or a class. Give each
              the roles they have for you: mentor, peer, critic…
            </p>
          </EmptyState>
        )
      ) : (
        <ul className="rows" aria-label="People">
          {people.data.map((person) => (
            <PersonRow key={person.id} person={person} />
          ))}
        </ul>
      )}
    </>
  );
}

function PersonRow({ person }: { person: Collaborator }) {
  return (
    <li className={`row row--person${person.archivedAt ? ' row--archived' : ''}`}>
      <Avatar id={person.id} name={person.name} kind={person.kind} />
      <div className="row__main">
        <Link className="row__title stretched-link" to={`/people/${person.id}`} title={person.name}>
          {person.name}
        </Link>
        <div className="row__meta">
          {person.kind === 'group' && <Badge tone="blue">Group</Badge>}
          {person.roles.length === 0 ? (
            <span className="faint">No roles yet</span>
          ) : (
            person.roles.map((r) => <Badge key={r}>{ROLE_LABEL[r]}</Badge>)
          )}
        </div>
      </div>
      <div className="row__side">
        {person.archivedAt && <Badge>Archived</Badge>}
        <span className="row__ago">Updated {formatAgo(person.updatedAt)}</span>
      </div>
    </li>
  );
}
