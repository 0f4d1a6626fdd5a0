import { useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { Medium, ProjectFields, ProjectStatus, type Project } from '../../../../shared/entities/project';
import { Button, ButtonLink } from '../../components/Button';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { StatusDot } from '../../components/Badge';
import { DateField, Select, TextArea, TextField } from '../../components/Field';
import { ErrorNotice } from '../../components/StatusViews';
import { MEDIUM_LABEL, STATUS_LABEL } from '../../format';
import { focusFirstInvalid, useFormErrors } from '../../hooks/useFormErrors';

/** The create/edit form for a project: checked with the shared schema before sending, and again by the main process. */
export interface ProjectFormValues {
  title: string;
  medium: Medium | '';
  status: ProjectStatus;
  startDate: string;
  endDate: string;
  description: string;
}

const FIELDS = ['title', 'medium', 'status', 'startDate', 'endDate', 'description'] as const;

export const emptyProject: ProjectFormValues = {
  title: '',
  medium: '',
  status: 'active',
  startDate: '',
  endDate: '',
  description: '',
};

export const formValuesOf = (project: Project): ProjectFormValues => ({
  title: project.title,
  medium: project.medium,
  status: project.status,
  startDate: project.startDate ?? '',
  endDate: project.endDate ?? '',
  description: project.description,
});

/** What the contract takes: empty dates mean "no date". */
const toFields = (values: ProjectFormValues) => ({
  ...values,
  startDate: values.startDate || null,
  endDate: values.endDate || null,
});

const MEDIUM_OPTIONS = Medium.options.map((value) => ({ value, label: MEDIUM_LABEL[value] }));
const STATUS_CHOICES = ProjectStatus.options.map((value) => ({
  value,
  label: STATUS_LABEL[value],
  adornment: <StatusDot status={value} />,
}));

interface ProjectFormProps {
  initial: ProjectFormValues;
  submitLabel: string;
  cancelTo: string;
  /** Sends the fields; throws a CallError when the main process refuses them. */
  onSubmit: (fields: z.input<typeof ProjectFields>) => Promise<unknown>;
}

export function ProjectForm({ initial, submitLabel, cancelTo, onSubmit }: ProjectFormProps) {
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const errors = useFormErrors(FIELDS);
  const form = useRef<HTMLFormElement>(null);
  const wording = { medium: 'Choose a medium' };

  const update = <K extends keyof ProjectFormValues>(key: K, value: ProjectFormValues[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    // Once the user has tried to save, keep the messages in step with what they type.
    if (attempted) errors.check(ProjectFields, toFields(next), wording);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setAttempted(true);
    setFailure(null);
    const fields = toFields(values);
    if (!errors.check(ProjectFields, fields, wording)) {
      focusFirstInvalid(form.current);
      return;
    }
    setSaving(true);
    try {
      await onSubmit(fields);
    } catch (error) {
      if (errors.fromError(error)) focusFirstInvalid(form.current);
      else setFailure(error);
      setSaving(false);
    }
  };

  return (
    <form ref={form} className="form" onSubmit={(event) => void submit(event)} noValidate aria-label="Project">
      <TextField
        label="Title"
        value={values.title}
        onChange={(event) => update('title', event.target.value)}
        error={errors.of('title')}
        autoFocus
        autoComplete="off"
        maxLength={200}
        placeholder="e.g. Night Songs EP"
      />
      <div className="form__row">
        <Select
          label="Medium"
          value={values.medium}
          onChange={(event) => update('medium', event.target.value as Medium)}
          error={errors.of('medium')}
          options={MEDIUM_OPTIONS}
          placeholder="Choose…"
        />
        <div className="field">
          <ChoiceGroup
            legend="Status"
            choices={STATUS_CHOICES}
            value={values.status}
            onChange={(status) => update('status', status)}
          />
        </div>
      </div>
      <div className="form__row">
        <DateField
          label="Start date"
          optional
          value={values.startDate}
          onChange={(event) => update('startDate', event.target.value)}
          error={errors.of('startDate')}
        />
        <DateField
          label="End date"
          optional
          value={values.endDate}
          onChange={(event) => update('endDate', event.target.value)}
          error={errors.of('endDate')}
          hint="Leave empty while it is still going."
        />
      </div>
      <TextArea
        label="Description"
        optional
        value={values.description}
        onChange={(event) => update('description', event.target.value)}
        error={errors.of('description')}
        rows={5}
        placeholder="What it is, what it's for, who it's with."
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
