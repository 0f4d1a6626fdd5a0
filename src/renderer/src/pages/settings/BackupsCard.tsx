/**
 * Settings → Backups: the checked backups of the user's own library (newest first, with what each
 * holds), "Back up now", restoring one after a confirmation that says the current state is backed
 * up first, and how many rotation keeps.
 */
import { useState, type FormEvent } from 'react';
import type { BackupInfo } from '../../../../shared/contract/backups';
import { BackupSettings, DEFAULT_SETTINGS } from '../../../../shared/settings';
import { CallError } from '../../api/client';
import { useCall, useCommand } from '../../api/hooks';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { useConfirm } from '../../components/Confirm';
import { TextField } from '../../components/Field';
import { Icon } from '../../components/Icon';
import { backupCounts, backupSize, backupWhen, REASON_LABEL } from '../../components/library/backupWording';
import '../../components/library/backupConfirm.css';
import { useRestoreBackup } from '../../components/library/useRestoreBackup';
import { ErrorNotice, Loading, messageOf } from '../../components/StatusViews';
import { useToast } from '../../components/Toast';
import { useReportError } from '../../hooks/useReportError';
import './BackupsCard.css';

/** Rows shown before "Show all". */
const FIRST_ROWS = 5;

export function BackupsCard() {
  const backups = useCall('backups.list', {});
  const create = useCommand('backups.create', { invalidates: ['backups'] });
  const toast = useToast();
  const report = useReportError();
  const [showAll, setShowAll] = useState(false);

  const backUpNow = () =>
    create.mutate(
      {},
      {
        onSuccess: (backup) => {
          const holds = backupCounts(backup.counts);
          toast.show({ tone: 'success', message: `Backed up and checked: ${holds.charAt(0).toLowerCase()}${holds.slice(1)}.` });
        },
        onError: (error) => report(error, 'back up'),
      },
    );

  const rows = backups.data ?? [];
  const shown = showAll ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <Card
      title="Backups"
      className="backups-card"
      actions={
        <Button size="sm" variant="primary" onClick={backUpNow} busy={create.isPending}>
          {create.isPending ? 'Backing up…' : 'Back up now'}
        </Button>
      }
    >
      <p className="muted backups-card__intro">
        Made once a day while Counterpoint runs, and before every upgrade, import and restore. Each one is checked before it counts.
        They live in the library folder&rsquo;s <code>backups</code> folder: copy it to another disk now and then to be safe from a
        disk failure too.
      </p>
      {create.isPending && (
        <div className="backups-card__progress" role="status">
          <progress aria-label="Backing up" />
          <span>Copying and checking your library… a large one takes a few seconds.</span>
        </div>
      )}
      {backups.isPending ? (
        <Loading label="Loading backups…" />
      ) : backups.isError ? (
        <ErrorNotice error={backups.error} onRetry={() => void backups.refetch()} title="The backups could not be listed" />
      ) : rows.length === 0 ? (
        <div className="backups-card__empty">
          <p className="backups-card__empty-title">No backups yet</p>
          <p className="muted">The first one is made a minute after Counterpoint starts. Back up now to have one straight away.</p>
        </div>
      ) : (
        <>
          <ul className="backups-card__list" aria-label="Backups, newest first">
            {shown.map((backup, index) => (
              <BackupRow key={backup.id} backup={backup} newest={index === 0} />
            ))}
          </ul>
          {rows.length > FIRST_ROWS && (
            <Button size="sm" variant="ghost" onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
              {showAll ? 'Show fewer' : `Show all ${rows.length}`}
            </Button>
          )}
        </>
      )}
      <KeepForm />
    </Card>
  );
}

function BackupRow({ backup, newest }: { backup: BackupInfo; newest: boolean }) {
  const restore = useRestoreBackup();
  const confirm = useConfirm();
  const toast = useToast();
  const report = useReportError();
  const when = backupWhen(backup.createdAt);
  const from = backupWhen(backup.createdAt, { inSentence: true });

  const start = async () => {
    const sure = await confirm({
      title: `Restore the backup from ${from}?`,
      body: (
        <div className="backup-confirm">
          <p>Your library goes back to how it was then: {backupCounts(backup.counts)}.</p>
          <p>Your library as it is now is backed up first, so you can come back to it from this list.</p>
        </div>
      ),
      confirmLabel: 'Restore',
    });
    if (!sure) return;
    restore.mutate(
      { id: backup.id },
      {
        onSuccess: () => toast.show({ tone: 'success', message: `Restored the backup from ${from}. Your library as it was is in the backups.` }),
        onError: (error) => report(error, 'restore the backup'),
      },
    );
  };

  return (
    <li className="backups-card__row">
      <div className="backups-card__when">{when}</div>
      <div className="backups-card__meta">
        {newest && <span className="backups-card__newest">Newest</span>}
        {REASON_LABEL[backup.reason]} · {backupSize(backup.bytes)}
      </div>
      <div className="backups-card__counts">{backupCounts(backup.counts)}</div>
      <Button
        size="sm"
        className="backups-card__restore"
        icon={<Icon name="restore" size={14} />}
        onClick={() => void start()}
        busy={restore.isPending}
        aria-label={`Restore the backup from ${from}`}
      >
        {restore.isPending ? 'Restoring…' : 'Restore…'}
      </Button>
    </li>
  );
}

/** How many backups rotation keeps; checked here and again by the main process. */
function KeepForm() {
  const settings = useCall('settings.get', {});
  const update = useCommand('settings.update', { invalidates: ['settings'] });
  const toast = useToast();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>(undefined);
  const saved = settings.data?.backups.keep ?? DEFAULT_SETTINGS.backups.keep;
  const value = text ?? String(saved);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const keep = value.trim() === '' ? Number.NaN : Number(value.trim());
    const checked = BackupSettings.shape.keep.safeParse(keep);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    update.mutate(
      { backups: { keep: checked.data } },
      {
        onSuccess: (next) => {
          setText(null);
          toast.show({ tone: 'success', message: `Counterpoint keeps the newest ${next.backups.keep} backups.` });
        },
        onError: (failure) => setError(failure instanceof CallError ? (failure.fieldMessage('backups.keep') ?? failure.message) : messageOf(failure)),
      },
    );
  };

  return (
    <form className="backups-card__keep" onSubmit={submit} noValidate aria-label="Backup rotation">
      <TextField
        label="Backups to keep"
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        value={value}
        onChange={(event) => {
          setText(event.target.value);
          setError(undefined);
        }}
        error={error}
        hint={`Older ones are deleted; the newest good one never is. Default ${DEFAULT_SETTINGS.backups.keep}.`}
      />
      <Button type="submit" size="sm" busy={update.isPending} disabled={settings.isPending || Number(value) === saved}>
        Save
      </Button>
    </form>
  );
}
