import type { z } from 'zod';
import { Medium, ProjectFields, ProjectStatus, type Project } from '../../../../shared/entities/project';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { StatusDot } from '../../components/Badge';
import { DateField, Select, TextArea, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { MEDIUM_LABEL, STATUS_LABEL } from '../../format';
import { useEntryForm } from '../../hooks/useEntryForm';

/** The create/edit form for a project: checked with the shared schema before sending, and again by the main process. */
export interface ProjectFormValues {
  title: string;
  medium: Medium;
  status: ProjectStatus;
  startDate: string;
  endDate: string;
  description: string;
}

const FIELDS = ['title', 'medium', 'status', 'startDate', 'endDate', 'description'] as const;

export const emptyProject = (medium: Medium): ProjectFormValues => ({
  title: '',
  medium,
  status: 'active',
  startDate: '',
  endDate: '',
  description: '',
});

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
  /** Under the medium: why a new project's is already chosen. */
  mediumHint?: string;
  submitLabel: string;
  cancelTo: string;
  /** Sends the fields; throws a CallError when the main process refuses them. */
  onSubmit: (fields: z.input<typeof ProjectFields>) => Promise<unknown>;
}

export function ProjectForm({ initial, mediumHint, submitLabel, cancelTo, onSubmit }: ProjectFormProps) {
  const { values, update, submit, saving, failure, errors, formRef } = useEntryForm({
    initial,
    schema: ProjectFields,
    fieldsOf: toFields,
    fields: FIELDS,
    onSubmit,
  });

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Project">
      <TextField
        label="Title"
        value={values.title}
        onChange={(event) => update({ title: event.target.value })}
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
          onChange={(event) => update({ medium: event.target.value as Medium })}
          error={errors.of('medium')}
          options={MEDIUM_OPTIONS}
          hint={mediumHint}
        />
        <div className="field">
          <ChoiceGroup
            legend="Status"
            choices={STATUS_CHOICES}
            value={values.status}
            onChange={(status) => update({ status })}
          />
        </div>
      </div>
      <div className="form__row">
        <DateField
          label="Start date"
          optional
          value={values.startDate}
          onChange={(event) => update({ startDate: event.target.value })}
          error={errors.of('startDate')}
        />
        <DateField
          label="End date"
          optional
          value={values.endDate}
          onChange={(event) => update({ endDate: event.target.value })}
          error={errors.of('endDate')}
          hint="Leave empty while it is still going."
        />
      </div>
      <TextArea
        label="Description"
        optional
        value={values.description}
        onChange={(event) => update({ description: event.target.value })}
        error={errors.of('description')}
        rows={5}
        placeholder="What it is, what it's for, who it's with."
      />
      <FormActions cancelTo={cancelTo} submitLabel={submitLabel} saving={saving} failure={failure} general={errors.general} />
    </form>
  );
}
