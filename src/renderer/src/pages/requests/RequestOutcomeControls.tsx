/** Changing a request's outcome in one step: a segmented switch on its page, a pill-like select in a list row. */
import { useState } from 'react';
import { REQUEST_OUTCOMES, REQUEST_OUTCOME_LABELS, type Request, type RequestOutcome } from '../../../../shared/entities/request';
import { useCommand } from '../../api/hooks';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { LOG_AREAS } from '../../components/log/invalidation';
import { REQUEST_OUTCOME_TONE, RequestOutcomeDot } from '../../components/log/LogPills';
import { useReportError } from '../../hooks/useReportError';
import '../../components/Badge.css';
import '../../components/surfaces/rows.css';
import './RequestOutcomeControls.css';

export const OUTCOME_CHOICES = REQUEST_OUTCOMES.map((value) => ({
  value,
  label: REQUEST_OUTCOME_LABELS[value],
  adornment: <RequestOutcomeDot outcome={value} />,
}));

/** Saves a new outcome; the date resolved follows (kept, today, or cleared when pending again). */
function useOutcomeChange(request: Request) {
  const report = useReportError();
  const update = useCommand('requests.update', { invalidates: LOG_AREAS });
  // Shown at once while saving, so the control never lags behind the click or arrow key.
  const [saving, setSaving] = useState<RequestOutcome | null>(null);
  const change = (outcome: RequestOutcome) => {
    setSaving(outcome);
    update.mutate(
      { id: request.id, outcome },
      { onError: (error) => report(error, 'change the outcome'), onSettled: () => setSaving(null) },
    );
  };
  return { outcome: saving ?? request.outcome, change };
}

export function OutcomeSwitch({ request }: { request: Request }) {
  const { outcome, change } = useOutcomeChange(request);
  return <ChoiceGroup className="status-switch" legend="Outcome" choices={OUTCOME_CHOICES} value={outcome} onChange={change} />;
}

export function OutcomeSelect({ request }: { request: Request }) {
  const { outcome, change } = useOutcomeChange(request);
  return (
    <select
      className={`outcome-select badge badge--${REQUEST_OUTCOME_TONE[outcome]} row__control`}
      aria-label={`Outcome of “${request.what}”`}
      value={outcome}
      onChange={(event) => change(event.target.value as RequestOutcome)}
    >
      {REQUEST_OUTCOMES.map((value) => (
        <option key={value} value={value}>
          {REQUEST_OUTCOME_LABELS[value]}
        </option>
      ))}
    </select>
  );
}
