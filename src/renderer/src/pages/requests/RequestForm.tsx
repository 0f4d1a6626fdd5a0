import { RequestFields } from '../../../../shared/entities/request';
import { DateField, TextArea } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { todayIso } from '../../components/log/dates';
import { REQUEST_FIELDS, REQUEST_WORDING, requestFieldsOf, type RequestFormValues } from '../../components/log/requestForm';
import { PersonSection, ProjectSection } from '../../components/log/sections/CommonSections';
import { RequestAskedBySection, RequestOutcomeSection, RequestWhatSection } from '../../components/log/sections/RequestSections';
import { useEntryForm } from '../../hooks/useEntryForm';

/** The create/edit form for a request: who asked whom for what, and how it turned out. */

interface RequestFormProps {
  initial: RequestFormValues;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (fields: ReturnType<typeof requestFieldsOf>) => Promise<unknown>;
}

export function RequestForm({ initial, submitLabel, cancelTo, onSubmit }: RequestFormProps) {
  const { values, update, submit, saving, failure, errors, formRef } = useEntryForm({
    initial,
    schema: RequestFields,
    fieldsOf: requestFieldsOf,
    fields: REQUEST_FIELDS,
    wording: REQUEST_WORDING,
    onSubmit,
  });

  const section = { values, update, errorOf: errors.of };
  return (
    <form ref={formRef} className="form log-form" onSubmit={submit} noValidate aria-label="Request">
      <div className="form__row">
        <RequestAskedBySection {...section} />
        <PersonSection {...section} hint={values.askedBy === 'me' ? 'Who you asked.' : 'Who asked you.'} autoFocus={!initial.collaboratorId} />
      </div>
      <RequestWhatSection {...section} />
      <div className="form__row">
        <DateField
          label="Date asked"
          value={values.dateAsked}
          max={todayIso()}
          onChange={(event) => update({ dateAsked: event.target.value })}
          error={errors.of('dateAsked')}
        />
        <ProjectSection {...section} />
      </div>
      <RequestOutcomeSection {...section} />
      <TextArea
        label="Note"
        optional
        rows={3}
        maxLength={5000}
        value={values.note}
        onChange={(event) => update({ note: event.target.value })}
        error={errors.of('note')}
        placeholder="Anything you want to remember about it."
      />
      <FormActions cancelTo={cancelTo} submitLabel={submitLabel} saving={saving} failure={failure} general={errors.general} />
    </form>
  );
}
