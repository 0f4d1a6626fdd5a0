import { FeedbackFields, type FeedbackKind } from '../../../../shared/entities/feedback';
import { TextField } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import {
  FEEDBACK_FIELDS,
  FEEDBACK_WORDING,
  feedbackCountsAs,
  feedbackFieldsOf,
  type FeedbackFormValues,
} from '../../components/log/feedbackForm';
import { LedgerOverride } from '../../components/log/LedgerOverride';
import { DaySection, PersonSection, ProjectSection } from '../../components/log/sections/CommonSections';
import {
  FeedbackAnchorSection,
  FeedbackBodySection,
  FeedbackDirectionSection,
  FeedbackKindSection,
} from '../../components/log/sections/FeedbackSections';
import { useEntryForm } from '../../hooks/useEntryForm';

/** The create/edit form for one piece of feedback: checked with the shared schema as you go, and again by the main process. */

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

  const section = { values, update, errorOf: errors.of };
  const share = feedbackCountsAs(values);
  const received = values.direction === 'received';

  return (
    <form ref={formRef} className="form log-form" onSubmit={submit} noValidate aria-label="Feedback">
      <div className="form__row">
        <FeedbackDirectionSection {...section} />
        <PersonSection {...section} hint={received ? 'Who gave it to you.' : 'Who you gave it to.'} autoFocus={!initial.collaboratorId} />
      </div>
      <FeedbackKindSection {...section} />
      <FeedbackBodySection {...section} />
      <div className="form__row">
        <ProjectSection {...section} />
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
        <FeedbackAnchorSection {...section} />
        <DaySection {...section} hint="When it was said. Older feedback can be back-filled." />
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
