/** Changing a request's outcome in one step: a segmented switch on its page, a pill-like select in a list row. */
import { useState } from 'react';
import { NEED_OUTCOMES, NEED_OUTCOME_LABELS, type Need, type NeedOutcome } from '../../../../shared/entities/need';
import { useCommand } from '../../api/hooks';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { LOG_AREAS } from '../../components/log/invalidation';
import { NEED_OUTCOME_TONE, NeedOutcomeDot } from '../../components/log/LogPills';
import { useReportError } from '../../hooks/useReportError';

export const OUTCOME_CHOICES = NEED_OUTCOMES.map((value) => ({
  value,
  label: NEED_OUTCOME_LABELS[value],
  adornment: <NeedOutcomeDot outcome={value} />,
}));

/** Saves a new outcome; the date resolved follows (kept, today, or cleared when pending again). */
function useOutcomeChange(need: Need) {
  const report = useReportError();
  const update = useCommand('needs.update', { invalidates: LOG_AREAS });
  // Shown at once while saving, so the control never lags behind the click or arrow key.
  const [saving, setSaving] = useState<NeedOutcome | null>(null);
  const change = (outcome: NeedOutcome) => {
    setSaving(outcome);
    update.mutate(
      { id: need.id, outcome },
      { onError: (error) => report(error, 'change the outcome'), onSettled: () => setSaving(null) },
    );
  };
  return { outcome: saving ?? need.outcome, change };
}

export function OutcomeSwitch({ need }: { need: Need }) {
  const { outcome, change } = useOutcomeChange(need);
  return <ChoiceGroup className="status-switch" legend="Outcome" choices={OUTCOME_CHOICES} value={outcome} onChange={change} />;
}

export function OutcomeSelect({ need }: { need: Need }) {
  const { outcome, change } = useOutcomeChange(need);
  return (
    <select
      className={`outcome-select badge badge--${NEED_OUTCOME_TONE[outcome]} row__control`}
      aria-label={`Outcome of “${need.what}”`}
      value={outcome}
      onChange={(event) => change(event.target.value as NeedOutcome)}
    >
      {NEED_OUTCOMES.map((value) => (
        <option key={value} value={value}>
          {NEED_OUTCOME_LABELS[value]}
        </option>
      ))}
    </select>
  );
}
