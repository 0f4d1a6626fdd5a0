/**
 * Changing a request's outcome in one step, with Undo: the lifecycle switch on its page
 * (components/log/StateSwitch, as feedback's status), a pill-like select in a list row.
 */
import { REQUEST_OUTCOMES, REQUEST_OUTCOME_LABELS, type Request, type RequestOutcome } from '../../../../shared/entities/request';
import { useCommand } from '../../api/hooks';
import { LOG_AREAS } from '../../components/log/invalidation';
import { REQUEST_OUTCOME_TONE, RequestOutcomeDot } from '../../components/log/LogPills';
import { StateSwitch, useStateChange } from '../../components/log/StateSwitch';
import { formatDay } from '../../format';
import '../../components/Badge.css';
import '../../components/surfaces/rows.css';
import './RequestOutcomeControls.css';

export const OUTCOME_CHOICES = REQUEST_OUTCOMES.map((value) => ({
  value,
  label: REQUEST_OUTCOME_LABELS[value],
  adornment: <RequestOutcomeDot outcome={value} />,
}));

/** Saves a new outcome; the date resolved follows (kept, today, or cleared when pending again), and Undo puts both back. */
function useOutcomeChange(request: Request) {
  const update = useCommand('requests.update', { invalidates: LOG_AREAS });
  const { shown, run } = useStateChange(request.outcome, `/requests/${request.id}/outcome`);
  const change = (outcome: RequestOutcome) => {
    if (outcome === request.outcome) return;
    void run(outcome, {
      apply: () => update.mutateAsync({ id: request.id, outcome }),
      undo: () => update.mutateAsync({ id: request.id, outcome: request.outcome, dateResolved: request.dateResolved }),
      message: `Outcome: ${REQUEST_OUTCOME_LABELS[outcome].toLowerCase()}.`,
      doing: 'change the outcome',
    });
  };
  return { outcome: shown, change };
}

export function OutcomeSwitch({ request }: { request: Request }) {
  const { outcome, change } = useOutcomeChange(request);
  return (
    <StateSwitch
      legend="Outcome"
      choices={OUTCOME_CHOICES}
      value={outcome}
      onPick={change}
      note={request.dateResolved ? `${REQUEST_OUTCOME_LABELS[request.outcome]} on ${formatDay(request.dateResolved)}.` : 'Pending: not settled yet.'}
    />
  );
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
