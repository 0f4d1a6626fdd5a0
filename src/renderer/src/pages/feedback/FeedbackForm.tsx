import { FEEDBACK_KINDS, FEEDBACK_KIND_LABELS, FeedbackFields, type FeedbackKind } from '../../../../shared/entities/feedback';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { DateField, TextArea, TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { AnchorField } from '../../components/log/AnchorField';
import { CollaboratorSelect } from '../../components/log/CollaboratorSelect';
import { todayIso } from '../../components/log/dates';
import { DirectionToggle } from '../../components/log/DirectionToggle';
import {
  FEEDBACK_FIELDS,
  FEEDBACK_WORDING,
  feedbackCountsAs,
  feedbackFieldsOf,
  type FeedbackFormValues,
} from '../../components/log/feedbackForm';
import { LedgerOverride } from '../../components/log/LedgerOverride';
import { ProjectSelect } from '../../components/log/ProjectSelect';
import { useEntryForm } from '../../hooks/useEntryForm';

/** The create/edit form for one piece of feedback: checked with the shared schema as you go, and again by the main process. */

const KIND_CHOICES = FEEDBACK_KINDS.map((value) => ({ value, label: FEEDBACK_KIND_LABELS[value] }));

const KIND_WORDS: Record<FeedbackKind, string> = {
  technical: 'a technical note',
  critique: 'a critique',
  encouragement: 'encouragement',
  perspective: 'a perspective or idea',
};

interface FeedbackFormProps {
  initial: FeedbackFormValues;
  submitLabel: string;
  cancelTo: string;
  /** Sends the fields; throws a CallError when the main process refuses them. */
  onSubmit: (fields: ReturnType<typeof feedbackFieldsOf>) => Promise<unknown>;
}

export function FeedbackForm({ initial, submitLabel, cancelTo, onSubmit }: FeedbackFormProps) {
  const { values, update, submit, saving, failure, errors, formRef } = useEntryForm({
    initial,
    schema: FeedbackFields,
    fieldsOf: feedbackFieldsOf,
    fields: FEEDBACK_FIELDS,
    wording: FEEDBACK_WORDING,
    onSubmit,
  });

  const share = feedbackCountsAs(values);
  const received = values.direction === 'received';

  return (
    <form ref={formRef} className="form log-form" onSubmit={submit} noValidate aria-label="Feedback">
      <div className="form__row">
        <div className="field">
          <DirectionToggle
            value={values.direction}
            onChange={(direction) => update({ direction })}
            labels={{ received: 'I received it', given: 'I gave it' }}
          />
        </div>
        <CollaboratorSelect
          value={values.collaboratorId}
          onChange={(collaboratorId) => update({ collaboratorId })}
          error={errors.of('collaboratorId')}
          hint={received ? 'Who gave it to you.' : 'Who you gave it to.'}
          autoFocus={!initial.collaboratorId}
        />
      </div>
      <div className="field">
        <ChoiceGroup legend="Kind" choices={KIND_CHOICES} value={values.kind} onChange={(kind) => update({ kind })} />
      </div>
      <TextArea
        label="Feedback"
        value={values.body}
        onChange={(event) => update({ body: event.target.value })}
        error={errors.of('body')}
        rows={5}
        maxLength={10000}
        placeholder={received ? 'What they said, in their words or yours.' : 'What you told them.'}
      />
      <div className="form__row">
        <ProjectSelect
          optional
          value={values.projectId}
          onChange={(projectId) => update({ projectId })}
          error={errors.of('projectId')}
        />
        <TextField
          label="Piece or version"
          optional
          value={values.piece}
          onChange={(event) => update({ piece: event.target.value })}
          error={errors.of('piece')}
          maxLength={200}
          autoComplete="off"
          placeholder="e.g. Mix v3, canvas 2, draft 4"
        />
      </div>
      <div className="form__row">
        <AnchorField value={values.anchor} onChange={(anchor) => update({ anchor })} error={errors.of('anchor')} />
        <DateField
          label="Date"
          value={values.date}
          max={todayIso()}
          onChange={(event) => update({ date: event.target.value })}
          error={errors.of('date')}
          hint="When it was said. Older feedback can be back-filled."
        />
      </div>
      <LedgerOverride
        defaults={feedbackCountsAs({ ...values, benefitOverride: null, weightOverride: null })}
        because={`the default for ${KIND_WORDS[values.kind]}`}
        benefitOverride={values.benefitOverride}
        weightOverride={values.weightOverride}
        onChange={(override) => update(override)}
        note={`It counts as ${received ? 'received' : 'given'}, ${share.initiatedBy === 'me' ? 'on your initiative' : 'on their initiative'}.`}
        error={errors.of('benefitOverride') ?? errors.of('weightOverride')}
      />
      <FormActions cancelTo={cancelTo} submitLabel={submitLabel} saving={saving} failure={failure} general={errors.general} />
    </form>
  );
}
