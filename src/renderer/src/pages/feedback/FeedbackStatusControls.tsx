/**
 * A feedback's lifecycle under its title: open → applied / partly applied / discussed / declined,
 * on the same switch as a request's outcome (components/log/StateSwitch). The saved status is the
 * one checked; picking another saves it at once (dated today) with Undo. Declining asks for its
 * reason first, as the contract does; the day of a settled status can be changed after.
 */
import { useRef, useState, type FormEvent } from 'react';
import {
  FEEDBACK_STATUSES,
  FEEDBACK_STATUS_LABELS,
  FeedbackStatusChange,
  type Feedback,
  type FeedbackStatus,
} from '../../../../shared/entities/feedback';
import type { MethodInput } from '../../../../shared/contract';
import { useCommand } from '../../api/hooks';
import { Button } from '../../components/Button';
import { DateField, TextArea } from '../../components/Field';
import { todayIso } from '../../components/log/dates';
import { LOG_AREAS } from '../../components/log/invalidation';
import { FeedbackStatusDot } from '../../components/log/LogPills';
import { StateSwitch, useStateChange } from '../../components/log/StateSwitch';
import { formatDay } from '../../format';
import { focusFirstInvalid, useFormErrors } from '../../hooks/useFormErrors';
import '../../components/controls/form.css';
import './FeedbackStatusControls.css';

type StatusInput = MethodInput<'feedback.setStatus'>;

const CHOICES = FEEDBACK_STATUSES.map((value) => ({
  value,
  label: FEEDBACK_STATUS_LABELS[value],
  adornment: <FeedbackStatusDot status={value} />,
}));

const FIELDS = ['status', 'date', 'reason'] as const;

/** What a status change says in its toast. */
const saidOf = (status: FeedbackStatus) => (status === 'open' ? 'Reopened.' : `Marked ${FEEDBACK_STATUS_LABELS[status].toLowerCase()}.`);

/** The input that puts the feedback back as it is now (Undo). */
const asItIs = (feedback: Feedback): StatusInput => ({
  id: feedback.id,
  status: feedback.status,
  ...(feedback.statusDate ? { date: feedback.statusDate } : {}),
  reason: feedback.declineReason,
});

export function FeedbackStatusControls({ feedback }: { feedback: Feedback }) {
  const setStatus = useCommand('feedback.setStatus', { invalidates: LOG_AREAS });
  const { shown, run } = useStateChange(feedback.status, `/feedback/${feedback.id}/status`);
  // A follow-up the user asked for: the reason of a decline, or another day for the status.
  const [asking, setAsking] = useState<'reason' | 'date' | null>(null);

  const save = (input: StatusInput) =>
    run(input.status, {
      apply: () => setStatus.mutateAsync(input),
      undo: () => setStatus.mutateAsync(asItIs(feedback)),
      message: saidOf(input.status),
      doing: 'change the status',
    });

  const pick = (next: FeedbackStatus) => {
    if (next === 'declined') return setAsking('reason');
    setAsking(null);
    if (next !== feedback.status) void save({ id: feedback.id, status: next });
  };

  return (
    <StateSwitch
      legend="Status"
      choices={CHOICES}
      value={asking === 'reason' ? 'declined' : shown}
      onPick={pick}
      note={
        asking !== 'reason' && (
          <>
            <span>
              {feedback.status === 'open' || !feedback.statusDate
                ? 'Open: not acted on yet.'
                : `${FEEDBACK_STATUS_LABELS[feedback.status]} on ${formatDay(feedback.statusDate)}.`}
            </span>
            {feedback.status !== 'open' && asking !== 'date' && (
              <Button size="sm" variant="ghost" onClick={() => setAsking('date')}>
                Change the day
              </Button>
            )}
          </>
        )
      }
    >
      {feedback.status === 'declined' && feedback.declineReason && asking !== 'reason' && (
        <blockquote className="feedback-status__reason">
          <span className="visually-hidden">Reason: </span>
          {feedback.declineReason}
        </blockquote>
      )}
      {asking && (
        <FollowUp
          feedback={feedback}
          asking={asking}
          busy={setStatus.isPending}
          onCancel={() => setAsking(null)}
          onSave={(input) => save(input).then((saved) => saved && setAsking(null))}
        />
      )}
    </StateSwitch>
  );
}

interface FollowUpProps {
  feedback: Feedback;
  asking: 'reason' | 'date';
  busy: boolean;
  onCancel: () => void;
  onSave: (input: StatusInput) => Promise<unknown>;
}

/** Declining: why (required); or the day a settled status was reached. Both save the status with its day. */
function FollowUp({ feedback, asking, busy, onCancel, onSave }: FollowUpProps) {
  const today = todayIso();
  const status: FeedbackStatus = asking === 'reason' ? 'declined' : feedback.status;
  const [date, setDate] = useState(feedback.statusDate ?? today);
  const [reason, setReason] = useState(feedback.declineReason);
  const errors = useFormErrors(FIELDS);
  const form = useRef<HTMLFormElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { id: feedback.id, status, date, reason: status === 'declined' ? reason : feedback.declineReason };
    if (!errors.check(FeedbackStatusChange, input, { date: 'Choose the day it changed' })) {
      focusFirstInvalid(form.current);
      return;
    }
    // A refusal from the main process is reported by the save (a toast), the entry left as it was.
    void onSave(input);
  };

  return (
    <form ref={form} className="feedback-status__form" onSubmit={submit} noValidate aria-label={asking === 'reason' ? 'Decline' : 'Change the day'}>
      {asking === 'reason' && (
        <TextArea
          label="Reason"
          value={reason}
          rows={3}
          maxLength={2000}
          autoFocus
          onChange={(event) => setReason(event.target.value)}
          error={errors.of('reason')}
          hint="Why you set it aside. Declining is fine; the reason is what you will want to remember."
        />
      )}
      <div className="form__row">
        <DateField
          label="Date"
          value={date}
          min={feedback.date}
          max={today}
          autoFocus={asking === 'date'}
          onChange={(event) => setDate(event.target.value)}
          error={errors.of('date')}
          hint={`The day it was ${asking === 'reason' ? 'declined' : FEEDBACK_STATUS_LABELS[status].toLowerCase()}.`}
        />
      </div>
      {errors.general && (
        <p className="form__error" role="alert">
          {errors.general}
        </p>
      )}
      <div className="feedback-status__actions">
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" busy={busy}>
          {asking === 'reason' ? 'Decline' : 'Save the day'}
        </Button>
      </div>
    </form>
  );
}
