/** The once-a-day reminder on Settings: off by default; quiet hours; in browser mode, the browser's permission asked when it is turned on. */
import { useState, type FormEvent } from 'react';
import { ClockTime } from '../../../../shared/reminders';
import type { ReminderSettings } from '../../../../shared/settings';
import { CallError, transportMode } from '../../api/client';
import { useCall, useCommand } from '../../api/hooks';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { TextField } from '../../components/Field';
import { Loading, messageOf } from '../../components/StatusViews';
import { Toggle } from '../../components/Toggle';
import { useToast } from '../../components/Toast';
import { accessProblem, askNotificationAccess, notificationAccess } from '../../reminders/browserNotifications';
import './RemindersCard.css';

type Draft = Pick<ReminderSettings, 'enabled' | 'quietFrom' | 'quietUntil'>;
type Errors = Partial<Record<'quietFrom' | 'quietUntil', string>>;

const QUIET_FROM = ClockTime('The start of the quiet hours');
const QUIET_UNTIL = ClockTime('The end of the quiet hours');

function check(draft: Draft): Errors {
  const errors: Errors = {};
  const from = QUIET_FROM.safeParse(draft.quietFrom);
  const until = QUIET_UNTIL.safeParse(draft.quietUntil);
  if (!from.success) errors.quietFrom = from.error.issues[0]?.message;
  if (!until.success) errors.quietUntil = until.error.issues[0]?.message;
  if (from.success && until.success && draft.quietFrom === draft.quietUntil) {
    errors.quietUntil = 'The quiet hours must end at a different time than they start';
  }
  return errors;
}

export function RemindersCard() {
  const settings = useCall('settings.get', {});
  // Kept above the form, which starts afresh from each save: a refused permission outlives the save of the quiet hours.
  const [refused, setRefused] = useState<string | null>(null);
  const saved = settings.data?.reminders;
  return (
    <Card title="Reminders">
      {saved ? (
        <RemindersForm key={`${saved.enabled}-${saved.quietFrom}-${saved.quietUntil}`} saved={saved} refused={refused} onRefused={setRefused} />
      ) : (
        <Loading label="Loading settings…" />
      )}
    </Card>
  );
}

interface FormProps {
  saved: ReminderSettings;
  refused: string | null;
  onRefused: (problem: string | null) => void;
}

function RemindersForm({ saved, refused, onRefused }: FormProps) {
  const update = useCommand('settings.update', { invalidates: ['settings'] });
  const toast = useToast();
  const [draft, setDraft] = useState<Draft>({ enabled: saved.enabled, quietFrom: saved.quietFrom, quietUntil: saved.quietUntil });
  const [errors, setErrors] = useState<Errors>({});
  const [asking, setAsking] = useState(false);
  const unchanged = draft.enabled === saved.enabled && draft.quietFrom === saved.quietFrom && draft.quietUntil === saved.quietUntil;
  // Reminders saved on, but this browser will not show them (permission withdrawn since, or another browser).
  const [access, setAccess] = useState(notificationAccess);
  const blocked = transportMode === 'browser' && saved.enabled ? accessProblem(access) : null;

  const edit = (change: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setErrors({});
    onRefused(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(draft);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    let enabled = draft.enabled;
    if (enabled && !saved.enabled && transportMode === 'browser') {
      setAsking(true);
      const problem = accessProblem(await askNotificationAccess());
      setAsking(false);
      if (problem) {
        onRefused(problem);
        setDraft((current) => ({ ...current, enabled: false }));
        enabled = false;
        if (draft.quietFrom === saved.quietFrom && draft.quietUntil === saved.quietUntil) return;
      }
    }
    update.mutate(
      { reminders: { enabled, quietFrom: draft.quietFrom, quietUntil: draft.quietUntil } },
      {
        onSuccess: (next) => {
          toast.show({
            tone: 'success',
            message: next.reminders.enabled
              ? `Counterpoint reminds you once a day while it runs, never between ${next.reminders.quietFrom} and ${next.reminders.quietUntil}.`
              : enabled === draft.enabled
                ? 'Reminders are off.'
                : 'The quiet hours are saved. Reminders stay off until the browser allows notifications.',
          });
        },
        onError: (failure) =>
          setErrors(
            failure instanceof CallError
              ? {
                  quietFrom: failure.fieldMessage('reminders.quietFrom'),
                  quietUntil: failure.fieldMessage('reminders.quietUntil') ?? (failure.issues.length === 0 ? failure.message : undefined),
                }
              : { quietUntil: messageOf(failure) },
          ),
      },
    );
  };

  return (
    <form className="reminders-card" onSubmit={(event) => void submit(event)} noValidate aria-label="Reminders">
      <p className="muted reminders-card__intro">
        Once a day while Counterpoint runs: how many check-ins are due, lessons planned for today and practice due. Off until you turn it on.
      </p>
      <div className="reminders-card__toggle">
        <Toggle label="Remind me once a day" checked={draft.enabled} onChange={(enabled) => edit({ enabled })} />
        {refused && (
          <p className="field__error" role="alert">
            {refused}
          </p>
        )}
        {!refused && blocked && (
          <p className="reminders-card__note" role="status">
            {access === 'default' ? 'Reminders are on, but this browser has not been allowed to show notifications yet.' : blocked}
          </p>
        )}
        {!refused && blocked && access === 'default' && (
          <Button size="sm" onClick={() => void askNotificationAccess().then(setAccess)}>
            Allow notifications
          </Button>
        )}
      </div>
      <fieldset className="reminders-card__quiet">
        <legend>Quiet hours</legend>
        <div className="reminders-card__times">
          <TextField label="Quiet from" type="time" value={draft.quietFrom} onChange={(event) => edit({ quietFrom: event.target.value })} error={errors.quietFrom} />
          <TextField label="Quiet until" type="time" value={draft.quietUntil} onChange={(event) => edit({ quietUntil: event.target.value })} error={errors.quietUntil} />
        </div>
      </fieldset>
      <p className="field__hint reminders-card__hint">
        No reminder between these times; they may cross midnight (21:00 to 08:00 is the night).
        {saved.lastRemindedDay ? ` Last reminder: ${saved.lastRemindedDay}.` : ''}
      </p>
      <Button type="submit" size="sm" busy={asking || update.isPending} disabled={unchanged}>
        {asking ? 'Asking the browser…' : 'Save'}
      </Button>
    </form>
  );
}
