import { useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import {
  COLLABORATOR_ROLES,
  CollaboratorFields,
  type Collaborator,
  type CollaboratorKind,
  type CollaboratorRole,
} from '../../../../shared/entities/collaborator';
import { Button, ButtonLink } from '../../components/Button';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { TextArea, TextField } from '../../components/Field';
import { ErrorNotice } from '../../components/StatusViews';
import { KIND_LABEL, ROLE_HINT, ROLE_LABEL } from '../../format';
import { focusFirstInvalid, useFormErrors } from '../../hooks/useFormErrors';

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
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const errors = useFormErrors(FIELDS);
  const form = useRef<HTMLFormElement>(null);

  const update = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    if (attempted) errors.check(CollaboratorFields, next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setAttempted(true);
    setFailure(null);
    if (!errors.check(CollaboratorFields, values)) {
      focusFirstInvalid(form.current);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (error) {
      if (errors.fromError(error)) focusFirstInvalid(form.current);
      else setFailure(error);
      setSaving(false);
    }
  };

  const group = values.kind === 'group';
  return (
    <form ref={form} className="form" onSubmit={(event) => void submit(event)} noValidate aria-label="Person">
      <TextField
        label="Name"
        value={values.name}
        onChange={(event) => update('name', event.target.value)}
        error={errors.of('name')}
        autoFocus
        autoComplete="off"
        maxLength={120}
        placeholder={group ? 'e.g. The Tuesday Band' : 'e.g. Ada Okafor'}
      />
      <div className="field">
        <ChoiceGroup legend="This is" choices={KIND_CHOICES} value={values.kind} onChange={(kind) => update('kind', kind)} />
        <p className="field__hint">A group is a band, a studio, a class — people you work with as one.</p>
      </div>
      <CheckboxGroup
        legend="Roles"
        hint="What they are to you. Choose any that fit; you can change them later."
        options={ROLE_OPTIONS}
        value={values.roles}
        onChange={(roles) => update('roles', roles)}
        error={errors.of('roles')}
      />
      <TextArea
        label="Notes"
        optional
        value={values.notes}
        onChange={(event) => update('notes', event.target.value)}
        error={errors.of('notes')}
        rows={4}
        placeholder="How you met, what they're good at, how they like to get feedback."
      />
      {errors.general && (
        <p className="form__error" role="alert">
          {errors.general}
        </p>
      )}
      {failure !== null && <ErrorNotice error={failure} title="Not saved" />}
      <div className="form__actions">
        <ButtonLink to={cancelTo} variant="ghost">
          Cancel
        </ButtonLink>
        <Button type="submit" variant="primary" busy={saving}>
          {saving ? 'Saving…' : submitLabel}
        </Button>
      </div>
    </form>
  );
}
