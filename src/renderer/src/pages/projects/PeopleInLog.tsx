import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { PersonInLog, Project } from '../../../../shared/entities/project';
import { ENTRY_KINDS, KINDS } from '../../../../shared/kinds';
import { useCall } from '../../api/hooks';
import { Avatar } from '../../components/Avatar';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { ErrorNotice } from '../../components/StatusViews';
import { plural } from '../../format';
import '../../components/surfaces/rows.css';
import './PeopleInLog.css';

/** "3 entries: 2 feedback, 1 request", the kinds in the registry's order; one kind alone needs no total. */
function entriesWords({ entries }: PersonInLog): string {
  const kinds = ENTRY_KINDS.filter((kind) => entries[kind] > 0);
  const byKind = kinds
    .map((kind) => plural(entries[kind], KINDS[kind].labels.one.toLowerCase(), KINDS[kind].labels.many.toLowerCase()))
    .join(', ');
  return kinds.length > 1 ? `${plural(entries.total, 'entry', 'entries')}: ${byKind}` : byKind;
}

/**
 * The people in the project's log who are not on it yet, offered under the roster: Add opens the
 * add-person dialog with them chosen, so only their role is left to say.
 */
export function PeopleInLog({ project, onAdd }: { project: Project; onAdd: (collaboratorId: string) => void }) {
  const found = useCall('projects.peopleInLog', { id: project.id });
  const headingId = useId();
  if (found.isError) {
    return (
      <div className="people-in-log people-in-log--notice">
        <ErrorNotice error={found.error} onRetry={() => void found.refetch()} />
      </div>
    );
  }
  if (!found.data || found.data.length === 0) return null;
  return (
    <section className="people-in-log" aria-labelledby={headingId}>
      <h3 className="people-in-log__title" id={headingId}>
        Appear in this project’s log
      </h3>
      <ul className="rows rows--inset" aria-labelledby={headingId}>
        {found.data.map((person) => {
          const { collaborator } = person;
          return (
            <li key={collaborator.id} className="row row--member">
              <Avatar id={collaborator.id} name={collaborator.name} kind={collaborator.kind} size="sm" />
              <div className="row__main">
                <Link className="row__title" to={`/people/${collaborator.id}`} title={collaborator.name}>
                  {collaborator.name}
                </Link>
                <div className="row__meta">{entriesWords(person)}</div>
              </div>
              <div className="row__actions">
                <Button size="sm" icon={<Icon name="plus" />} onClick={() => onAdd(collaborator.id)} aria-label={`Add ${collaborator.name} to this project`}>
                  Add
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
