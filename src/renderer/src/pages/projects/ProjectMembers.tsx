import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router-dom';
import type { Project, ProjectMember } from '../../../../shared/entities/project';
import { MemberRole } from '../../../../shared/entities/project';
import { z } from 'zod';
import { useCommand, type Invalidation } from '../../api/hooks';
import { Avatar } from '../../components/Avatar';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { useConfirm } from '../../components/Confirm';
import { EmptyLine } from '../../components/EmptyLine';
import { TextField } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/Toast';
import { ROLE_LABEL } from '../../format';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useReportError } from '../../hooks/useReportError';
import { AddMemberDialog } from './AddMemberDialog';
import { PeopleInLog } from './PeopleInLog';
import '../../components/surfaces/rows.css';
import '../../components/controls/form.css';

/** The people on a project with their role on it: add (the people in its log first offered), edit the role in place, remove. */
export function ProjectMembers({ project, members }: { project: Project; members: ProjectMember[] }) {
  // Adding: who is already chosen ('' = choose in the dialog), or null while the dialog is closed.
  const [adding, setAdding] = useState<string | null>(null);
  const readOnly = project.archivedAt !== null;
  return (
    <Card
      title="People on this project"
      flush
      actions={
        !readOnly && (
          <Button size="sm" icon={<Icon name="plus" />} onClick={() => setAdding('')}>
            Add person
          </Button>
        )
      }
    >
      {members.length === 0 ? (
        <EmptyLine
          action={
            !readOnly && (
              <button type="button" className="link" onClick={() => setAdding('')}>
                Add the first person
              </button>
            )
          }
        >
          {readOnly ? 'No one was on it' : 'No one on it yet'}
        </EmptyLine>
      ) : (
        <ul className="rows rows--inset" aria-label="People on this project">
          {members.map((member) => (
            <MemberRow key={member.collaborator.id} project={project} member={member} readOnly={readOnly} />
          ))}
        </ul>
      )}
      {!readOnly && <PeopleInLog project={project} onAdd={setAdding} />}
      <AddMemberDialog
        open={adding !== null}
        onClose={() => setAdding(null)}
        project={project}
        members={members}
        collaboratorId={adding ?? undefined}
      />
    </Card>
  );
}

function MemberRow({ project, member, readOnly }: { project: Project; member: ProjectMember; readOnly: boolean }) {
  const { collaborator, role } = member;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const stopEditing = () => {
    setEditing(false);
    // The editor unmounts; put focus back on the button that opened it.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const confirm = useConfirm();
  const toast = useToast();
  const report = useReportError();
  const invalidates: Invalidation[] = ['projects', 'collaborators'];
  const remove = useCommand('projects.removeMember', { invalidates });

  const onRemove = async () => {
    const sure = await confirm({
      title: `Remove ${collaborator.name}?`,
      body: (
        <p>
          {collaborator.name} will no longer be listed on “{project.title}”
          {role ? <> and their role there ({role}) is forgotten</> : null}. They stay in your people.
        </p>
      ),
      confirmLabel: 'Remove from project',
      danger: true,
    });
    if (!sure) return;
    remove.mutate(
      { projectId: project.id, collaboratorId: collaborator.id },
      {
        onSuccess: () => toast.show({ message: `${collaborator.name} removed from “${project.title}”.` }),
        onError: (error) => report(error, 'remove them'),
      },
    );
  };

  return (
    <li className="row row--member">
      <Avatar id={collaborator.id} name={collaborator.name} kind={collaborator.kind} />
      <div className="row__main">
        <Link className="row__title" to={`/people/${collaborator.id}`} title={collaborator.name}>
          {collaborator.name}
        </Link>
        {editing ? (
          <RoleEditor project={project} member={member} onDone={stopEditing} />
        ) : (
          <div className="row__meta">
            {role ? <span className="member-role">{role}</span> : <span className="faint">No role yet</span>}
            {collaborator.roles.length > 0 && <span className="dot-sep" aria-hidden="true" />}
            {collaborator.roles.map((r) => (
              <Badge key={r}>{ROLE_LABEL[r]}</Badge>
            ))}
            {collaborator.archivedAt && <Badge>Archived person</Badge>}
          </div>
        )}
      </div>
      {!readOnly && !editing && (
        <div className="row__actions">
          <Button
            ref={editButton}
            size="sm"
            variant="ghost"
            onClick={() => setEditing(true)}
            aria-label={`Edit role of ${collaborator.name}`}>
            <Icon name="edit" /> Role
          </Button>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => void onRemove()}
            busy={remove.isPending}
            aria-label={`Remove ${collaborator.name} from this project`}
          >
            <Icon name="close" /> Remove
          </Button>
        </div>
      )}
    </li>
  );
}

const RoleInput = z.object({ role: MemberRole });

/** In-place editing of one member's role: Enter saves, Esc puts it back. */
function RoleEditor({ project, member, onDone }: { project: Project; member: ProjectMember; onDone: () => void }) {
  const [role, setRole] = useState(member.role);
  const errors = useFormErrors(['role'] as const);
  const update = useCommand('projects.updateMember', { invalidates: ['projects', 'collaborators'] });

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(RoleInput, { role })) return;
    update.mutate(
      { projectId: project.id, collaboratorId: member.collaborator.id, role },
      { onSuccess: onDone, onError: (error) => errors.fromError(error) },
    );
  };
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  };

  return (
    <form className="inline-form" onSubmit={save} onKeyDown={cancelOnEscape} aria-label={`Role of ${member.collaborator.name}`}>
      <TextField
        label={`Role of ${member.collaborator.name} on this project`}
        className="field--compact"
        value={role}
        onChange={(event) => setRole(event.target.value)}
        error={errors.of('role') ?? (update.isError && !errors.any ? update.error.message : undefined)}
        autoFocus
        maxLength={80}
        placeholder="e.g. producer"
      />
      <Button type="submit" size="sm" variant="primary" busy={update.isPending}>
        Save
      </Button>
      <Button size="sm" variant="ghost" onClick={onDone}>
        Cancel
      </Button>
    </form>
  );
}
