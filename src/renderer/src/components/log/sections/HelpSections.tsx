/** The help form's sections: its direction, what it brought, how much it mattered, whose idea it was, and what happened. */
import { BENEFITS, BENEFIT_LABELS, WEIGHT_LABELS, type Benefit, type Initiator, type Weight } from '../../../../../shared/entities/exchange';
import { ChoiceField } from '../ChoiceField';
import { BENEFIT_HINTS, initiatorOf, type HelpFormValues } from '../helpForm';
import { DirectionSection } from './CommonSections';
import type { SectionProps } from './sectionProps';
import { SectionText } from './SectionText';

type HelpSectionProps = SectionProps<HelpFormValues>;

const BENEFIT_CHOICES = BENEFITS.map((value) => ({ value, label: BENEFIT_LABELS[value] }));
const WEIGHT_CHOICES = ([1, 2, 3] as const).map((value) => ({ value: String(value) as `${Weight}`, label: WEIGHT_LABELS[value] }));
const INITIATOR_CHOICES: { value: Initiator; label: string }[] = [
  { value: 'me', label: 'Mine' },
  { value: 'them', label: 'Theirs' },
];

export function HelpDirectionSection(props: HelpSectionProps) {
  return <DirectionSection {...props} labels={{ received: 'I received help', given: 'I gave help' }} />;
}

export function HelpBenefitSection({ values, update, errorOf, compact }: HelpSectionProps) {
  return (
    <ChoiceField
      legend="Benefit"
      choices={BENEFIT_CHOICES}
      value={values.benefit}
      onChange={(benefit: Benefit | '') => update({ benefit })}
      error={errorOf('benefit')}
      field="benefit"
      hint={
        compact
          ? undefined
          : values.benefit === ''
            ? 'Knowledge: skills and craft. Perspective: another view. Growth: support, doors opened, a hand.'
            : `${BENEFIT_LABELS[values.benefit]}: ${BENEFIT_HINTS[values.benefit]}.`
      }
    />
  );
}

export function HelpWeightSection({ values, update, errorOf, compact }: HelpSectionProps) {
  return (
    <ChoiceField
      legend="Weight"
      choices={WEIGHT_CHOICES}
      value={String(values.weight) as `${Weight}`}
      onChange={(weight) => update({ weight: Number(weight) as Weight })}
      error={errorOf('weight')}
      hint={compact ? undefined : 'How much it mattered: small 1, medium 2, large 3.'}
    />
  );
}

/** Whose idea it was; until chosen, whoever gave. */
export function HelpInitiatorSection({ values, update, errorOf, compact }: HelpSectionProps) {
  return (
    <ChoiceField
      legend="Whose idea"
      choices={INITIATOR_CHOICES}
      value={initiatorOf(values)}
      onChange={(initiatedBy) => update({ initiatedBy })}
      error={errorOf('initiatedBy')}
      hint={compact ? undefined : values.initiatedBy === null ? 'Whoever gave, unless you say otherwise.' : 'Who asked or offered first.'}
    />
  );
}

export function HelpNoteSection({ values, update, errorOf, compact }: HelpSectionProps) {
  const received = values.direction === 'received';
  return (
    <SectionText
      compact={compact}
      label="What happened"
      optional
      rows={2}
      maxLength={5000}
      value={values.note}
      onChange={(note) => update({ note })}
      error={errorOf('note')}
      placeholder={
        compact
          ? 'Introduced me to a gallery…'
          : received
            ? 'e.g. Introduced me to the gallery on Dean Street'
            : 'e.g. Lent them my monitors for the mix'
      }
      field="note"
    />
  );
}
