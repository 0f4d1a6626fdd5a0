import { RequestFields, type AskedBy } from '../../../../shared/entities/request';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { DateField, TextArea } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { CollaboratorSelect } from '../../components/log/CollaboratorSelect';
import { todayIso } from '../../components/log/dates';
import { REQUEST_FIELDS, REQUEST_WORDING, requestFieldsOf, withOutcome, type RequestFormValues } from '../../components/log/requestForm';
import { ProjectSelect } from '../../components/log/ProjectSelect';
import { useEntryForm } from '../../hooks/useEntryForm';
import { OUTCOME_CHOICES } from './RequestOutcomeControls';

/** The create/edit form for a request: who asked whom for what, and how it turned out. */

const ASKED_BY_CHOICES: { value: AskedBy; label: string }[] = [
  { value: 'me', label: 'I asked them' },
  { value: 'them', label: 'They asked me' },
];

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

  const today = todayIso();
  return (
    <form ref={formRef} className="form log-form" onSubmit={submit} noValidate aria-label="Request">
      <div className="form__row">
        <div className="field">
          <ChoiceGroup legend="Who asked" choices={ASKED_BY_CHOICES} value={values.askedBy} onChange={(askedBy) => update({ askedBy })} />
        </div>
        <CollaboratorSelect
          value={values.collaboratorId}
          onChange={(collaboratorId) => update({ collaboratorId })}
          error={errors.of('collaboratorId')}
          hint={values.askedBy === 'me' ? 'Who you asked.' : 'Who asked you.'}
          autoFocus={!initial.collaboratorId}
        />
      </div>
      <TextArea
        label="What was asked"
        rows={2}
        maxLength={2000}
        value={values.what}
        onChange={(event) => update({ what: event.target.value })}
        error={errors.of('what')}
        placeholder={values.askedBy === 'me' ? 'e.g. Review my mix before Friday' : 'e.g. Lend them my reference monitors'}
      />
      <div className="form__row">
        <DateField
          label="Date asked"
          value={values.dateAsked}
          max={today}
          onChange={(event) => update({ dateAsked: event.target.value })}
          error={errors.of('dateAsked')}
        />
        <ProjectSelect optional value={values.projectId} onChange={(projectId) => update({ projectId })} error={errors.of('projectId')} />
      </div>
      <div className="field">
        <ChoiceGroup legend="Outcome" choices={OUTCOME_CHOICES} value={values.outcome} onChange={(outcome) => update(withOutcome(values, outcome))} />
      </div>
      {values.outcome !== 'pending' && (
        <div className="form__row">
          <DateField
            label="Date resolved"
            value={values.dateResolved}
            min={values.dateAsked || undefined}
            max={today}
            onChange={(event) => update({ dateResolved: event.target.value })}
            error={errors.of('dateResolved')}
            hint="When it was met, declined or let drop."
          />
        </div>
      )}
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
