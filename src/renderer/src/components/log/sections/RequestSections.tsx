/** The request form's sections: who asked, what was asked, and how it turned out. */
import { REQUEST_OUTCOMES, REQUEST_OUTCOME_LABELS, type AskedBy } from '../../../../../shared/entities/request';
import { DateField } from '../../Field';
import { ChoiceField } from '../ChoiceField';
import { todayIso } from '../dates';
import { RequestOutcomeDot } from '../LogPills';
import { withOutcome, type RequestFormValues } from '../requestForm';
import type { SectionProps } from './sectionProps';
import { SectionText } from './SectionText';
import '../../controls/form.css';

type RequestSectionProps = SectionProps<RequestFormValues>;

const ASKED_BY_CHOICES: { value: AskedBy; label: string }[] = [
  { value: 'me', label: 'I asked them' },
  { value: 'them', label: 'They asked me' },
];

const OUTCOME_CHOICES = REQUEST_OUTCOMES.map((value) => ({
  value,
  label: REQUEST_OUTCOME_LABELS[value],
  adornment: <RequestOutcomeDot outcome={value} />,
}));

export function RequestAskedBySection({ values, update, errorOf }: RequestSectionProps) {
  return (
    <ChoiceField legend="Who asked" choices={ASKED_BY_CHOICES} value={values.askedBy} onChange={(askedBy) => update({ askedBy })} error={errorOf('askedBy')} />
  );
}

export function RequestWhatSection({ values, update, errorOf, compact }: RequestSectionProps) {
  const mine = values.askedBy === 'me';
  return (
    <SectionText
      compact={compact}
      label="What was asked"
      rows={2}
      maxLength={2000}
      value={values.what}
      onChange={(what) => update({ what })}
      error={errorOf('what')}
      placeholder={
        compact ? 'Review my mix, lend a hand at the hang…' : mine ? 'e.g. Review my mix before Friday' : 'e.g. Lend them my reference monitors'
      }
      field="what"
    />
  );
}

/**
 * How it turned out and, once settled, on which day. Quick capture leaves that day to the main
 * process, which takes today.
 */
export function RequestOutcomeSection({ values, update, errorOf, compact }: RequestSectionProps) {
  return (
    <>
      <ChoiceField
        legend="Outcome"
        choices={OUTCOME_CHOICES}
        value={values.outcome}
        onChange={(outcome) => update({ outcome, dateResolved: withOutcome(values, outcome).dateResolved })}
        error={errorOf('outcome')}
      />
      {!compact && values.outcome !== 'pending' && (
        <div className="form__row">
          <DateField
            label="Date resolved"
            value={values.dateResolved}
            min={values.dateAsked || undefined}
            max={todayIso()}
            onChange={(event) => update({ dateResolved: event.target.value })}
            error={errorOf('dateResolved')}
            hint="When it was met, declined or let drop."
          />
        </div>
      )}
    </>
  );
}
