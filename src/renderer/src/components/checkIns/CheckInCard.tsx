/**
 * A person's (or group's) check-in cadence: "Check in every N days, weeks or months", or never;
 * when the next one is due and why; snooze. Checked as typed with the contract's own schema, and
 * a refusal from the main process lands on the field it names.
 */
import { useState, type FormEvent } from 'react';
import { cadenceWords, daysBetween, stretchWords } from '../../../../shared/checkIn';
import { CHECK_IN_UNITS, CHECK_IN_UNIT_LABEL, Cadence, type CheckInState, type CheckInUnit } from '../../../../shared/entities/checkIn';
import type { Collaborator } from '../../../../shared/entities/collaborator';
import { CallError } from '../../api/client';
import { useCall, useCommand } from '../../api/hooks';
import { formatDay } from '../../format';
import { Button } from '../Button';
import { Card } from '../Card';
import { Select, TextField } from '../Field';
import { ErrorNotice } from '../StatusViews';
import { useToast } from '../Toast';
import { dueLabel, todayIso } from '../log/dates';
import { SnoozeDialog } from './SnoozeDialog';
import { CHECK_IN_AREAS } from './checkInWords';
import './CheckInCard.css';

const UNIT_OPTIONS = CHECK_IN_UNITS.map((value) => ({ value, label: CHECK_IN_UNIT_LABEL[value].many }));

export function CheckInCard({ person }: { person: Collaborator }) {
  const state = useCall('checkIns.forCollaborator', { collaboratorId: person.id });
  // Here rather than in the controls, which start afresh when the cadence changes: an Undo outlives them.
  const setCadence = useCommand('checkIns.setCadence', { invalidates: CHECK_IN_AREAS });
  return (
    <Card title="Check-ins" className="check-in-card">
      {state.isPending ? (
        <p className="muted">Loading…</p>
      ) : state.isError ? (
        <ErrorNotice error={state.error} title="Check-ins could not be loaded" onRetry={() => void state.refetch()} />
      ) : (
        <CheckInControls
          key={`${state.data.cadence?.every ?? ''}${state.data.cadence?.unit ?? ''}`}
          person={person}
          state={state.data}
          setCadence={setCadence}
        />
      )}
    </Card>
  );
}

interface CheckInControlsProps {
  person: Collaborator;
  state: CheckInState;
  setCadence: ReturnType<typeof useCommand<'checkIns.setCadence'>>;
}

function CheckInControls({ person, state, setCadence }: CheckInControlsProps) {
  const [every, setEvery] = useState(state.cadence ? String(state.cadence.every) : '');
  const [unit, setUnit] = useState<CheckInUnit>(state.cadence?.unit ?? 'weeks');
  const [tried, setTried] = useState(false);
  const [snoozing, setSnoozing] = useState(false);
  const toast = useToast();
  const archived = Boolean(person.archivedAt);

  const parsed = every.trim() === '' ? null : Cadence.safeParse({ every: Number(every), unit });
  const problem = parsed === null ? 'Enter how many days, weeks or months' : parsed.success ? undefined : parsed.error.issues[0]?.message;
  const serverError = setCadence.error instanceof CallError ? setCadence.error : null;
  const fieldError = (tried && problem) || serverError?.fieldMessage('cadence.every') || serverError?.fieldMessage('cadence.unit');

  const save = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!parsed?.success) return;
    const cadence = parsed.data;
    setCadence.mutate(
      { collaboratorId: person.id, cadence },
      { onSuccess: () => toast.show({ tone: 'success', message: `Check in with ${person.name} every ${cadenceWords(cadence)}.`, key: `cadence:${person.id}` }) },
    );
  };
  const stop = () => {
    const previous = state.cadence;
    setCadence.mutate(
      { collaboratorId: person.id, cadence: null },
      {
        onSuccess: () =>
          toast.show({
            message: `No more check-ins planned with ${person.name}.`,
            key: `cadence:${person.id}`,
            ...(previous && {
              action: { label: 'Undo', run: () => setCadence.mutateAsync({ collaboratorId: person.id, cadence: previous }).then(() => undefined) },
            }),
          }),
      },
    );
  };

  return (
    <div className="check-in-card__body">
      <CheckInStatus person={person} state={state} />
      {!archived && (
        <form className="check-in-card__form" onSubmit={save} noValidate aria-label={`Check-ins with ${person.name}`}>
          <div className="check-in-card__fields">
            <TextField
              label="Check in every"
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              value={every}
              onChange={(event) => setEvery(event.target.value)}
              error={fieldError || undefined}
              className="check-in-card__every"
            />
            <Select label="Unit" options={UNIT_OPTIONS} value={unit} onChange={(event) => setUnit(event.target.value as CheckInUnit)} className="check-in-card__unit" />
          </div>
          {setCadence.error && !fieldError && <ErrorNotice error={setCadence.error} title="Not saved" />}
          <div className="check-in-card__actions">
            <Button type="submit" variant="primary" size="sm" busy={setCadence.isPending}>
              {state.cadence ? 'Save' : 'Plan check-ins'}
            </Button>
            {state.cadence && (
              <Button size="sm" variant="ghost" onClick={stop} disabled={setCadence.isPending}>
                Never
              </Button>
            )}
            {state.cadence && (
              <Button size="sm" variant="ghost" onClick={() => setSnoozing(true)}>
                Snooze…
              </Button>
            )}
          </div>
        </form>
      )}
      <SnoozeDialog person={person} open={snoozing} onClose={() => setSnoozing(false)} />
    </div>
  );
}

function CheckInStatus({ person, state }: { person: Collaborator; state: CheckInState }) {
  const today = todayIso();
  const contact =
    state.lastContact === null
      ? 'Nothing logged with them yet.'
      : state.lastContact === today
        ? 'Last contact today.'
        : `Last contact ${stretchWords(daysBetween(state.lastContact, today))} ago (${formatDay(state.lastContact)}).`;
  if (person.archivedAt) {
    return <p className="muted">Archived, so never due{state.cadence ? ` (planned every ${cadenceWords(state.cadence)})` : ''}.</p>;
  }
  if (!state.cadence || !state.dueDate) {
    return (
      <p className="muted">
        Never: no check-ins planned. {contact}
      </p>
    );
  }
  const snoozed = state.snoozedUntil !== null && state.snoozedUntil === state.dueDate;
  return (
    <p className="check-in-card__status">
      <strong>{dueLabel(state.dueDate, today)}</strong>
      {snoozed ? ` (snoozed until ${formatDay(state.dueDate)})` : state.dueDate > today ? ` (${formatDay(state.dueDate)})` : ''}. {contact}
    </p>
  );
}
