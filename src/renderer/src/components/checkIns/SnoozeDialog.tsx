/** Snooze a check-in until a day after today: a small dialog with the day, checked as it is typed and by the main process. */
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { addDays } from '../../../../shared/checkIn';
import { CallError, call } from '../../api/client';
import { refresh, useCommand } from '../../api/hooks';
import { formatDay } from '../../format';
import { Button } from '../Button';
import { Dialog, DialogActions } from '../Dialog';
import { DateField } from '../Field';
import { ErrorNotice } from '../StatusViews';
import { useToast } from '../Toast';
import { todayIso } from '../log/dates';
import { CHECK_IN_AREAS, LONGEST_SNOOZE_DAYS, snoozeProblem } from './checkInWords';

interface SnoozeDialogProps {
  person: { id: string; name: string };
  open: boolean;
  onClose: () => void;
}

export function SnoozeDialog({ person, open, onClose }: SnoozeDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} size="sm" title={`Snooze ${person.name}`} description="They leave the due list until that day.">
      {/* A fresh form each time it opens: the default day is a week from today. */}
      {open && <SnoozeForm person={person} onDone={onClose} />}
    </Dialog>
  );
}

function SnoozeForm({ person, onDone }: { person: { id: string; name: string }; onDone: () => void }) {
  const today = todayIso();
  const [until, setUntil] = useState(addDays(today, 7));
  const [tried, setTried] = useState(false);
  const toast = useToast();
  const queryClient = useQueryClient();
  const snooze = useCommand('checkIns.snooze', { invalidates: CHECK_IN_AREAS });
  const problem = snoozeProblem(until, today);
  const serverProblem = snooze.error instanceof CallError ? snooze.error.fieldMessage('until') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem) return;
    // The row (and this form) leaves the list as soon as the list is refreshed, which is before a
    // per-call onSuccess would run; the promise settles whatever is still on screen.
    snooze.mutateAsync({ collaboratorId: person.id, until }).then(
      () => {
        toast.show({
          tone: 'success',
          message: `${person.name} snoozed until ${formatDay(until)}.`,
          key: `snooze:${person.id}`,
          action: {
            label: 'Undo',
            run: async () => {
              await call('checkIns.snooze', { collaboratorId: person.id, until: null });
              await refresh(queryClient, CHECK_IN_AREAS);
            },
          },
        });
        onDone();
      },
      // A refusal is shown in the form from snooze.error.
      () => undefined,
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={`Snooze ${person.name}`}>
      <DateField
        label="Snooze until"
        value={until}
        min={addDays(today, 1)}
        max={addDays(today, LONGEST_SNOOZE_DAYS)}
        onChange={(event) => setUntil(event.target.value)}
        error={(tried || until !== '') && problem ? problem : serverProblem}
        hint="A day after today. The check-in comes back on that day."
        autoFocus
      />
      {snooze.error && !serverProblem && <ErrorNotice error={snooze.error} title="Not snoozed" />}
      <DialogActions>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" busy={snooze.isPending}>
          Snooze
        </Button>
      </DialogActions>
    </form>
  );
}
