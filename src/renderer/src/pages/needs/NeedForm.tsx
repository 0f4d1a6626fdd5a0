import { useRef, useState, type FormEvent } from 'react';
import { NeedFields, type AskedBy } from '../../../../shared/entities/need';
import { Button, ButtonLink } from '../../components/Button';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { DateField, TextArea } from '../../components/Field';
import { ErrorNotice } from '../../components/StatusViews';
import { CollaboratorSelect } from '../../components/log/CollaboratorSelect';
import { todayIso } from '../../components/log/dates';
import { NEED_FIELDS, NEED_WORDING, needFieldsOf, withOutcome, type NeedFormValues } from '../../components/log/needForm';
import { ProjectSelect } from '../../components/log/ProjectSelect';
import { focusFirstInvalid, useFormErrors } from '../../hooks/useFormErrors';
import { OUTCOME_CHOICES } from './NeedOutcomeControls';

/** The create/edit form for a request: who asked whom for what, and how it turned out. */

const ASKED_BY_CHOICES: { value: AskedBy; label: string }[] = [
  { value: 'me', label: 'I asked them' },
  { value: 'them', label: 'They asked me' },
];

interface NeedFormProps {
  initial: NeedFormValues;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (fields: ReturnType<typeof needFieldsOf>) => Promise<unknown>;
}

export function NeedForm({ initial, submitLabel, cancelTo, onSubmit }: NeedFormProps) {
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const errors = useFormErrors(NEED_FIELDS);
  const form = useRef<HTMLFormElement>(null);

  const set = (next: NeedFormValues) => {
    setValues(next);
    if (attempted) errors.check(NeedFields, needFieldsOf(next), NEED_WORDING);
  };
  const update = (patch: Partial<NeedFormValues>) => set({ ...values, ...patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setAttempted(true);
    setFailure(null);
    const fields = needFieldsOf(values);
    if (!errors.check(NeedFields, fields, NEED_WORDING)) {
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

  const today = todayIso();
  return (
    <form ref={form} className="form log-form" onSubmit={(event) => void submit(event)} noValidate aria-label="Request">
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
        <ChoiceGroup legend="Outcome" choices={OUTCOME_CHOICES} value={values.outcome} onChange={(outcome) => set(withOutcome(values, outcome))} />
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
