import { BENEFITS, BENEFIT_LABELS, HelpFields, WEIGHT_LABELS, type Benefit, type Initiator, type Weight } from '../../../../shared/entities/exchange';
import { DateField, TextArea } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { ChoiceField } from '../../components/log/ChoiceField';
import { CollaboratorSelect } from '../../components/log/CollaboratorSelect';
import { todayIso } from '../../components/log/dates';
import { DirectionToggle } from '../../components/log/DirectionToggle';
import {
  BENEFIT_HINTS,
  HELP_FIELDS,
  HELP_WORDING,
  helpFieldsOf,
  initiatorOf,
  type HelpFormValues,
} from '../../components/log/helpForm';
import { ProjectSelect } from '../../components/log/ProjectSelect';
import { useEntryForm } from '../../hooks/useEntryForm';

/** The form for help logged directly in the ledger: "Sam introduced me to a gallery (growth, large, Sam's idea)". */

const BENEFIT_CHOICES = BENEFITS.map((value) => ({ value, label: BENEFIT_LABELS[value] }));
const WEIGHT_CHOICES = ([1, 2, 3] as const).map((value) => ({ value: String(value) as `${Weight}`, label: WEIGHT_LABELS[value] }));
const INITIATOR_CHOICES: { value: Initiator; label: string }[] = [
  { value: 'me', label: 'Mine' },
  { value: 'them', label: 'Theirs' },
];

interface HelpFormProps {
  initial: HelpFormValues;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (fields: ReturnType<typeof helpFieldsOf>) => Promise<unknown>;
}

export function HelpForm({ initial, submitLabel, cancelTo, onSubmit }: HelpFormProps) {
  const { values, update, submit, saving, failure, errors, formRef } = useEntryForm({
    initial,
    schema: HelpFields,
    fieldsOf: helpFieldsOf,
    fields: HELP_FIELDS,
    wording: HELP_WORDING,
    onSubmit,
  });

  const received = values.direction === 'received';
  const initiator = initiatorOf(values);
  return (
    <form ref={formRef} className="form log-form" onSubmit={submit} noValidate aria-label="Help">
      <div className="form__row">
        <div className="field">
          <DirectionToggle
            value={values.direction}
            onChange={(direction) => update({ direction })}
            labels={{ received: 'I received help', given: 'I gave help' }}
          />
        </div>
        <CollaboratorSelect
          value={values.collaboratorId}
          onChange={(collaboratorId) => update({ collaboratorId })}
          error={errors.of('collaboratorId')}
          hint={received ? 'Who helped you.' : 'Who you helped.'}
          autoFocus={!initial.collaboratorId}
        />
      </div>
      <TextArea
        label="What happened"
        optional
        rows={2}
        maxLength={5000}
        value={values.note}
        onChange={(event) => update({ note: event.target.value })}
        error={errors.of('note')}
        placeholder={received ? 'e.g. Introduced me to the gallery on Dean Street' : 'e.g. Lent them my monitors for the mix'}
      />
      <ChoiceField
        legend="Benefit"
        choices={BENEFIT_CHOICES}
        value={values.benefit}
        onChange={(benefit: Benefit | '') => update({ benefit })}
        error={errors.of('benefit')}
        hint={
          values.benefit === ''
            ? 'Knowledge: skills and craft. Perspective: another view. Growth: support, doors opened, a hand.'
            : `${BENEFIT_LABELS[values.benefit]}: ${BENEFIT_HINTS[values.benefit]}.`
        }
      />
      <div className="form__row">
        <ChoiceField
          legend="Weight"
          choices={WEIGHT_CHOICES}
          value={String(values.weight) as `${Weight}`}
          onChange={(weight) => update({ weight: Number(weight) as Weight })}
          error={errors.of('weight')}
          hint="How much it mattered: small 1, medium 2, large 3."
        />
        <ChoiceField
          legend="Whose idea"
          choices={INITIATOR_CHOICES}
          value={initiator}
          onChange={(initiatedBy) => update({ initiatedBy })}
          error={errors.of('initiatedBy')}
          hint={values.initiatedBy === null ? 'Whoever gave, unless you say otherwise.' : 'Who asked or offered first.'}
        />
      </div>
      <div className="form__row">
        <DateField
          label="Date"
          value={values.date}
          max={todayIso()}
          onChange={(event) => update({ date: event.target.value })}
          error={errors.of('date')}
          hint="Older help can be back-filled."
        />
        <ProjectSelect optional value={values.projectId} onChange={(projectId) => update({ projectId })} error={errors.of('projectId')} />
      </div>
      <FormActions cancelTo={cancelTo} submitLabel={submitLabel} saving={saving} failure={failure} general={errors.general} />
    </form>
  );
}
