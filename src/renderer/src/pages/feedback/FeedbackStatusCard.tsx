import { useRef, useState, type FormEvent } from 'react';
import {
  FEEDBACK_STATUSES,
  FEEDBACK_STATUS_LABELS,
  FeedbackStatusChange,
  type Feedback,
  type FeedbackStatus,
} from '../../../../shared/entities/feedback';
import { useCommand } from '../../api/hooks';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { DateField, TextArea } from '../../components/Field';
import { todayIso } from '../../components/log/dates';
import { LOG_AREAS } from '../../components/log/invalidation';
import { FeedbackStatusDot, FeedbackStatusPill } from '../../components/log/LogPills';
import { useToast } from '../../components/Toast';
import { formatDay } from '../../format';
import { focusFirstInvalid, useFormErrors } from '../../hooks/useFormErrors';
import { useReportError } from '../../hooks/useReportError';
import '../../components/controls/form.css';
import './FeedbackStatusCard.css';

/**
 * The feedback's lifecycle: where it stands (open, applied, partly applied, discussed, declined
 * with a reason), and the change to the next state with the day it happened.
 */

const FIELDS = ['status', 'date', 'reason'] as const;

const CHOICES = FEEDBACK_STATUSES.map((value) => ({
  value,
  label: FEEDBACK_STATUS_LABELS[value],
  adornment: <FeedbackStatusDot status={value} />,
}));

const PAST: Record<FeedbackStatus, string> = {
  open: 'reopened',
  applied: 'applied',
  'partly-applied': 'partly applied',
  discussed: 'discussed',
  declined: 'declined',
};

function actionLabel(current: FeedbackStatus, target: FeedbackStatus): string {
  if (target === 'open') return 'Reopen';
  if (target === current) return 'Change the date';
  return `Mark ${FEEDBACK_STATUS_LABELS[target].toLowerCase()}`;
}

export function FeedbackStatusCard({ feedback }: { feedback: Feedback }) {
  const toast = useToast();
  const report = useReportError();
  const today = todayIso();
  const [target, setTarget] = useState<FeedbackStatus>(feedback.status === 'open' ? 'applied' : feedback.status);
  const [date, setDate] = useState(feedback.statusDate ?? (today < feedback.date ? feedback.date : today));
  const [reason, setReason] = useState(feedback.declineReason);
  const [attempted, setAttempted] = useState(false);
  // Open feedback shows the change at once (settling it is the next step); settled feedback folds it away.
  const [editing, setEditing] = useState(feedback.status === 'open');
  const errors = useFormErrors(FIELDS);
  const form = useRef<HTMLFormElement>(null);
  const setStatus = useCommand('feedback.setStatus', { invalidates: LOG_AREAS });

  const inputOf = (next: { target: FeedbackStatus; date: string; reason: string }) => ({
    id: feedback.id,
    status: next.target,
    ...(next.target === 'open' ? {} : { date: next.date }),
    ...(next.target === 'declined' ? { reason: next.reason } : {}),
  });

  const change = (patch: Partial<{ target: FeedbackStatus; date: string; reason: string }>) => {
    const next = { target, date, reason, ...patch };
    setTarget(next.target);
    setDate(next.date);
    setReason(next.reason);
    if (attempted) errors.check(FeedbackStatusChange, inputOf(next));
  };

  const save = (input: ReturnType<typeof inputOf>) =>
    setStatus.mutate(input, {
      onSuccess: (saved) => {
        setAttempted(false);
        toast.show({
          tone: 'success',
          message: saved.status === 'open' ? 'Reopened.' : `Marked ${FEEDBACK_STATUS_LABELS[saved.status].toLowerCase()}.`,
        });
      },
      onError: (error) => {
        if (errors.fromError(error)) focusFirstInvalid(form.current);
        else report(error, 'change the status');
      },
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (setStatus.isPending) return;
    setAttempted(true);
    const input = inputOf({ target, date, reason });
    if (!errors.check(FeedbackStatusChange, input, { date: 'Choose the day it changed' })) {
      focusFirstInvalid(form.current);
      return;
    }
    save(input);
  };

  const unchanged = target === 'open' && feedback.status === 'open';

  return (
    <Card title="Status" className="feedback-status">
      <div className="feedback-status__now">
        <FeedbackStatusPill status={feedback.status} />
        <span className="muted">
          {feedback.status === 'open' || !feedback.statusDate
            ? 'Not acted on yet.'
            : `${FEEDBACK_STATUS_LABELS[feedback.status]} on ${formatDay(feedback.statusDate)}.`}
        </span>
      </div>
      {feedback.status === 'declined' && feedback.declineReason && (
        <blockquote className="feedback-status__reason">
          <span className="visually-hidden">Reason: </span>
          {feedback.declineReason}
        </blockquote>
      )}
      {editing ? (
        <form ref={form} className="feedback-status__form" onSubmit={submit} noValidate aria-label="Change status">
          <ChoiceGroup legend="Change status" choices={CHOICES} value={target} onChange={(next) => change({ target: next })} />
          {target !== 'open' && (
            <div className="form__row">
              <DateField
                label="Date"
                value={date}
                min={feedback.date}
                max={today}
                onChange={(event) => change({ date: event.target.value })}
                error={errors.of('date')}
                hint={`The day it was ${PAST[target]}.`}
              />
            </div>
          )}
          {target === 'declined' && (
            <TextArea
              label="Reason"
              value={reason}
              rows={3}
              maxLength={2000}
              onChange={(event) => change({ reason: event.target.value })}
              error={errors.of('reason')}
              hint="Why you set it aside. Declining is fine; the reason is what you will want to remember."
            />
          )}
          {errors.general && (
            <p className="form__error" role="alert">
              {errors.general}
            </p>
          )}
          <div className="feedback-status__actions">
            {feedback.status !== 'open' && (
              <Button variant="ghost" onClick={() => setEditing(false)}>
                Cancel
              </Button>
            )}
            {!unchanged && (
              <Button
                type="submit"
                variant={target === 'open' || target === feedback.status ? 'secondary' : 'primary'}
                busy={setStatus.isPending}
              >
                {actionLabel(feedback.status, target)}
              </Button>
            )}
          </div>
        </form>
      ) : (
        <div className="feedback-status__actions">
          <Button variant="ghost" busy={setStatus.isPending} onClick={() => save({ id: feedback.id, status: 'open' })}>
            Reopen
          </Button>
          <Button onClick={() => setEditing(true)}>Change status</Button>
        </div>
      )}
    </Card>
  );
}
