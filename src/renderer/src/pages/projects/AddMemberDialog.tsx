import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Id } from '../../../../shared/entities/common';
import { MemberRole, type Project, type ProjectMember } from '../../../../shared/entities/project';
import { useCall, useCommand } from '../../api/hooks';
import { Button, ButtonLink } from '../../components/Button';
import { Dialog, DialogActions } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { Select, TextField } from '../../components/Field';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { useToast } from '../../components/Toast';
import { useFormErrors } from '../../hooks/useFormErrors';
import '../../components/controls/form.css';

/** People before groups; the list is already sorted by name, and sort() is stable. */
const byKind = <T extends { kind: string }>(list: T[]) =>
  [...list].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'person' ? -1 : 1));

const AddMember = z.object({ collaboratorId: Id, role: MemberRole });
const FIELDS = ['collaboratorId', 'role'] as const;

interface AddMemberDialogProps {
  open: boolean;
  onClose: () => void;
  project: Project;
  members: ProjectMember[];
  /** Someone already chosen (a person from the project's log): the dialog asks only for their role. */
  collaboratorId?: string | undefined;
}

/** Puts someone from the library on a project, with what they do on it. */
export function AddMemberDialog({ open, onClose, project, members, collaboratorId }: AddMemberDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Add a person to this project"
      description={`Who works with you on “${project.title}”, and what they do on it.`}
    >
      <AddMemberForm project={project} members={members} chosen={collaboratorId ?? ''} onDone={onClose} />
    </Dialog>
  );
}

interface AddMemberFormProps {
  project: Project;
  members: ProjectMember[];
  chosen: string;
  onDone: () => void;
}

function AddMemberForm({ project, members, chosen, onDone }: AddMemberFormProps) {
  const people = useCall('collaborators.list', { includeArchived: false });
  const [collaboratorId, setCollaboratorId] = useState(chosen);
  const [role, setRole] = useState('');
  const errors = useFormErrors(FIELDS);
  const toast = useToast();
  const add = useCommand('projects.addMember', { invalidates: ['projects', 'collaborators'] });

  if (people.isPending) return <Loading label="Loading people…" />;
  if (people.isError) return <ErrorNotice error={people.error} onRetry={() => void people.refetch()} />;

  const onProject = new Set(members.map((member) => member.collaborator.id));
  const candidates = people.data.filter((person) => !onProject.has(person.id));

  if (candidates.length === 0) {
    return (
      <EmptyState
        compact
        icon="people"
        title={people.data.length === 0 ? 'Your library has no people yet' : 'Everyone is already on this project'}
        action={
          <ButtonLink to="/people/new" variant="primary">
            New person
          </ButtonLink>
        }
      >
        <p>Add them under People first, then come back to put them on “{project.title}”.</p>
      </EmptyState>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(AddMember, { collaboratorId, role }, { collaboratorId: 'Choose who to add' })) return;
    const name = candidates.find((person) => person.id === collaboratorId)?.name ?? 'They';
    add.mutate(
      { projectId: project.id, collaboratorId, role },
      {
        onSuccess: () => {
          toast.show({ tone: 'success', message: `${name} added to “${project.title}”.` });
          onDone();
        },
        onError: (error) => errors.fromError(error),
      },
    );
  };

  return (
    <form className="form form--dialog" onSubmit={submit} noValidate>
      <Select
        label="Person"
        value={collaboratorId}
        onChange={(event) => {
          setCollaboratorId(event.target.value);
          errors.clear('collaboratorId');
        }}
        error={errors.of('collaboratorId')}
        placeholder="Choose someone…"
        options={byKind(candidates).map((person) => ({
          value: person.id,
          label: person.name,
          group: person.kind === 'group' ? 'Groups' : 'People',
        }))}
        autoFocus={!chosen}
      />
      <TextField
        label="Role on the project"
        optional
        value={role}
        onChange={(event) => setRole(event.target.value)}
        error={errors.of('role')}
        hint="What they do here — producer, cover art, second reader."
        maxLength={80}
        autoComplete="off"
        autoFocus={Boolean(chosen)}
      />
      {add.isError && !errors.any && <ErrorNotice error={add.error} title="Not added" />}
      {errors.general && <p className="form__error" role="alert">{errors.general}</p>}
      <DialogActions>
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="primary" busy={add.isPending}>
          Add to project
        </Button>
      </DialogActions>
    </form>
  );
}
