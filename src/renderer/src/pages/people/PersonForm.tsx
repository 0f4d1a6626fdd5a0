import type { z } from 'zod';
import {
  COLLABORATOR_ROLES,
  CollaboratorFields,
  type Collaborator,
  type CollaboratorKind,
  type CollaboratorRole,
} from '../../../../shared/entities/collaborator';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { TextArea, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { KIND_LABEL, ROLE_HINT, ROLE_LABEL } from '../../format';
import { useEntryForm } from '../../hooks/useEntryForm';

/** The create/edit form for a collaborator (a person or a group): name, kind, roles, notes. */
export interface PersonFormValues {
  name: string;
  kind: CollaboratorKind;
  roles: CollaboratorRole[];
  notes: string;
}

const FIELDS = ['name', 'kind', 'roles', 'notes'] as const;

export const emptyPerson: PersonFormValues = { name: '', kind: 'person', roles: [], notes: '' };

export const formValuesOf = (collaborator: Collaborator): PersonFormValues => ({
  name: collaborator.name,
  kind: collaborator.kind,
  roles: collaborator.roles,
  notes: collaborator.notes,
});

const KIND_CHOICES = (['person', 'group'] as const).map((value) => ({ value, label: KIND_LABEL[value] }));
const ROLE_OPTIONS = COLLABORATOR_ROLES.map((value) => ({ value, label: ROLE_LABEL[value], hint: ROLE_HINT[value] }));

interface PersonFormProps {
  initial: PersonFormValues;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (fields: z.input<typeof CollaboratorFields>) => Promise<unknown>;
}

export function PersonForm({ initial, submitLabel, cancelTo, onSubmit }: PersonFormProps) {
  const { values, update, submit, saving, failure, errors, formRef } = useEntryForm({
    initial,
    schema: CollaboratorFields,
    fieldsOf: (person: PersonFormValues) => person,
    fields: FIELDS,
    onSubmit,
  });

  const group = values.kind === 'group';
  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Person">
      <TextField
        label="Name"
        value={values.name}
        onChange={(event) => update({ name: event.target.value })}
        error={errors.of('name')}
        autoFocus
        autoComplete="off"
        maxLength={120}
        placeholder={group ? 'e.g. The Tuesday Band' : 'e.g. Ada Okafor'}
      />
      <div className="field">
        <ChoiceGroup legend="This is" choices={KIND_CHOICES} value={values.kind} onChange={(kind) => update({ kind })} />
        <p className="field__hint">A group is a band, a studio, a class — people you work with as one.</p>
      </div>
      <CheckboxGroup
        legend="Roles"
        hint="What they are to you. Choose any that fit; you can change them later."
        options={ROLE_OPTIONS}
        value={values.roles}
        onChange={(roles) => update({ roles })}
        error={errors.of('roles')}
      />
      <TextArea
        label="Notes"
        optional
        value={values.notes}
        onChange={(event) => update({ notes: event.target.value })}
        error={errors.of('notes')}
        rows={4}
        placeholder="How you met, what they're good at, how they like to get feedback."
      />
      <FormActions cancelTo={cancelTo} submitLabel={submitLabel} saving={saving} failure={failure} general={errors.general} />
    </form>
  );
}
