/** The essentials of each kind of entry in quick capture: a few choices with defaults and one or two lines of text. */
import { BENEFITS, BENEFIT_LABELS, type Direction, type Initiator } from '../../../../shared/entities/exchange';
import { FEEDBACK_KINDS, type FeedbackKind } from '../../../../shared/entities/feedback';
import { LESSON_ROLES, type LessonRole } from '../../../../shared/entities/lesson';
import { REQUEST_OUTCOMES, REQUEST_OUTCOME_LABELS, type AskedBy, type RequestOutcome } from '../../../../shared/entities/request';
import { ChoiceGroup } from '../ChoiceGroup';
import { ErrorMark, TextArea, TextField } from '../Field';
import { initiatorOf, type CaptureDraft, type CaptureField } from './captureDraft';

export interface KindFieldsProps {
  draft: CaptureDraft;
  update: (patch: Partial<CaptureDraft>) => void;
  errorOf: (field: CaptureField) => string | undefined;
}

const DIRECTIONS: { value: Direction; label: string }[] = [
  { value: 'received', label: 'I received' },
  { value: 'given', label: 'I gave' },
];

const FEEDBACK_KIND_CHOICES: { value: FeedbackKind; label: string }[] = FEEDBACK_KINDS.map((value) => ({
  value,
  label: { technical: 'Technical', critique: 'Critique', encouragement: 'Encouragement', perspective: 'Idea' }[value],
}));

const ROLE_CHOICES: { value: LessonRole; label: string }[] = LESSON_ROLES.map((value) => ({
  value,
  label: { learner: 'I learned', teacher: 'I taught', peers: 'We swapped' }[value],
}));

const CONFIDENCE_CHOICES = [
  { value: '' as const, label: 'Skip' },
  ...(['1', '2', '3', '4', '5'] as const).map((value) => ({ value, label: value })),
];

const WEIGHT_CHOICES = [
  { value: '1' as const, label: 'Small' },
  { value: '2' as const, label: 'Medium' },
  { value: '3' as const, label: 'Large' },
];

const INITIATOR_CHOICES: { value: Initiator; label: string }[] = [
  { value: 'me', label: 'Mine' },
  { value: 'them', label: 'Theirs' },
];

const ASKED_BY_CHOICES: { value: AskedBy; label: string }[] = [
  { value: 'me', label: 'I asked them' },
  { value: 'them', label: 'They asked me' },
];

const OUTCOME_CHOICES: { value: RequestOutcome; label: string }[] = REQUEST_OUTCOMES.map((value) => ({
  value,
  label: REQUEST_OUTCOME_LABELS[value],
}));

/** A choice group's inline error; ChoiceGroup itself has no error slot. */
function ChoiceError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field__error capture__choice-error">
      <ErrorMark />
      {message}
    </p>
  );
}

export function FeedbackEssentials({ draft, update, errorOf }: KindFieldsProps) {
  return (
    <>
      <div className="capture__choices">
        <ChoiceGroup legend="Direction" choices={DIRECTIONS} value={draft.direction} onChange={(direction) => update({ direction })} />
        <ChoiceGroup legend="Kind" choices={FEEDBACK_KIND_CHOICES} value={draft.feedbackKind} onChange={(feedbackKind) => update({ feedbackKind })} />
      </div>
      <TextArea
        label="What was said"
        rows={3}
        value={draft.body}
        onChange={(event) => update({ body: event.target.value })}
        error={errorOf('body')}
        data-capture-field="body"
      />
      <TextField
        label="Where in the work"
        optional
        placeholder="1:23–1:40, bar 32, page 4…"
        value={draft.anchor}
        onChange={(event) => update({ anchor: event.target.value })}
        error={errorOf('anchor')}
        data-capture-field="anchor"
      />
    </>
  );
}

export function LessonEssentials({ draft, update, errorOf }: KindFieldsProps) {
  return (
    <>
      <div className="capture__choices">
        <ChoiceGroup legend="My role" choices={ROLE_CHOICES} value={draft.role} onChange={(role) => update({ role })} />
        <TextField
          className="capture__duration"
          label="Minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={1440}
          step={5}
          value={draft.duration}
          onChange={(event) => update({ duration: event.target.value })}
          error={errorOf('durationMin')}
          data-capture-field="durationMin"
        />
      </div>
      <TextField
        label="Topics"
        placeholder="Compression, voicing the bridge…"
        value={draft.topics}
        onChange={(event) => update({ topics: event.target.value })}
        error={errorOf('topics')}
        data-capture-field="topics"
      />
      <div>
        <ChoiceGroup
          legend="Could do it alone (1–5)"
          choices={CONFIDENCE_CHOICES}
          value={draft.confidence}
          onChange={(confidence) => update({ confidence })}
        />
        <ChoiceError message={errorOf('confidence')} />
      </div>
    </>
  );
}

export function HelpEssentials({ draft, update, errorOf }: KindFieldsProps) {
  const benefitError = errorOf('benefit');
  return (
    <>
      <div className="capture__choices">
        <ChoiceGroup legend="Direction" choices={DIRECTIONS} value={draft.direction} onChange={(direction) => update({ direction })} />
        <div className={benefitError ? 'capture__invalid' : undefined} data-capture-field="benefit">
          <ChoiceGroup
            legend="Benefit"
            choices={BENEFITS.map((value) => ({ value, label: BENEFIT_LABELS[value] }))}
            value={draft.benefit}
            onChange={(benefit) => update({ benefit })}
          />
          <ChoiceError message={benefitError} />
        </div>
        <ChoiceGroup legend="Weight" choices={WEIGHT_CHOICES} value={draft.weight} onChange={(weight) => update({ weight })} />
        <ChoiceGroup
          legend="Whose idea"
          choices={INITIATOR_CHOICES}
          value={initiatorOf(draft)}
          onChange={(initiatedBy) => update({ initiatedBy })}
        />
      </div>
      <TextField
        label="What happened"
        optional
        placeholder="Introduced me to a gallery…"
        value={draft.note}
        onChange={(event) => update({ note: event.target.value })}
        error={errorOf('note')}
        data-capture-field="note"
      />
    </>
  );
}

export function RequestEssentials({ draft, update, errorOf }: KindFieldsProps) {
  return (
    <>
      <ChoiceGroup legend="Who asked" choices={ASKED_BY_CHOICES} value={draft.askedBy} onChange={(askedBy) => update({ askedBy })} />
      <TextField
        label="What was asked"
        placeholder="Review my mix, lend a hand at the hang…"
        value={draft.what}
        onChange={(event) => update({ what: event.target.value })}
        error={errorOf('what')}
        data-capture-field="what"
      />
      <div>
        <ChoiceGroup legend="Outcome" choices={OUTCOME_CHOICES} value={draft.outcome} onChange={(outcome) => update({ outcome })} />
        <ChoiceError message={errorOf('outcome')} />
      </div>
    </>
  );
}
