/**
 * What the app shows instead of itself when the user's own library could not be opened (app.info's
 * `damage`): what happened in plain words, which file, that nothing was written to it, and the newest
 * good backup with a Restore button (older ones one click further). Restoring moves the file aside
 * beside the library, never deletes it.
 */
import { useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '../../../../shared/contract/backups';
import type { LibraryDamage } from '../../../../shared/contract/libraryDamage';
import { damageWording, NOTHING_CHANGED } from '../../../../shared/libraryDamageWording';
import { useCall } from '../../api/hooks';
import { Button } from '../Button';
import { useConfirm } from '../Confirm';
import { Icon } from '../Icon';
import { ErrorNotice, Loading, messageOf } from '../StatusViews';
import { useToast } from '../Toast';
import { backupCounts, backupSize, backupWhen, REASON_LABEL } from './backupWording';
import './backupConfirm.css';
import { useRestoreBackup } from './useRestoreBackup';
import './DamagedLibraryScreen.css';

export function DamagedLibraryScreen({ damage, dataDir }: { damage: LibraryDamage; dataDir: string }) {
  const words = damageWording(damage);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="damaged" aria-labelledby="damaged-title">
      <div className="damaged__panel">
        <div className="damaged__icon" aria-hidden="true">
          <Icon name="alert" size={22} />
        </div>
        <h1 id="damaged-title" className="damaged__title" ref={heading} tabIndex={-1}>
          {words.title}
        </h1>
        <p className="damaged__what">{words.what}</p>
        <p className="damaged__safe">
          <Icon name="check" size={16} /> {NOTHING_CHANGED}
        </p>
        <dl className="damaged__file">
          <dt>Library file</dt>
          <dd>{damage.file}</dd>
        </dl>
        <BackupChoice damage={damage} dataDir={dataDir} todo={words.todo} />
        <details className="damaged__details">
          <summary>What the check reported</summary>
          <pre>{damage.detail}</pre>
        </details>
      </div>
    </main>
  );
}

/** What to do next: the newest good backup (and the older ones), or, with none, how to get going again. */
function BackupChoice({ damage, dataDir, todo }: { damage: LibraryDamage; dataDir: string; todo: string }) {
  const backups = useCall('backups.list', {});
  if (backups.isPending) return <Loading label="Looking for backups…" />;
  if (backups.isError) return <ErrorNotice error={backups.error} onRetry={() => void backups.refetch()} title="The backups could not be listed" />;
  const [newest, ...older] = backups.data;
  const separator = dataDir.includes('\\') ? '\\' : '/';
  if (!newest) {
    return (
      <section className="damaged__backup damaged__backup--none" aria-label="Backups">
        {damage.kind === 'too-new' && <p className="damaged__todo">{todo}</p>}
        <h2 className="damaged__subtitle">There is no backup of this library</h2>
        <p>
          Counterpoint keeps its backups in <code>{`${dataDir}${separator}backups`}</code>, and that folder holds none yet. If you keep copies of
          your files yourself, quit Counterpoint, put a good copy of the library file back in its place and start again. To start over
          with an empty library instead, move the file out of the folder first: Counterpoint then begins a new one.
        </p>
      </section>
    );
  }
  return (
    <section className="damaged__backup" aria-label="Newest good backup">
      <p className="damaged__todo">{todo}</p>
      <h2 className="damaged__subtitle">Newest good backup</h2>
      <BackupRow backup={newest} damage={damage} primary />
      {older.length > 0 && (
        <details className="damaged__older">
          <summary>
            {older.length === 1 ? 'One older backup' : `${older.length} older backups`}
          </summary>
          <ul className="damaged__list">
            {older.map((backup) => (
              <li key={backup.id}>
                <BackupRow backup={backup} damage={damage} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function BackupRow({ backup, damage, primary = false }: { backup: BackupInfo; damage: LibraryDamage; primary?: boolean }) {
  const restore = useRestoreBackup();
  const confirm = useConfirm();
  const toast = useToast();
  const [failure, setFailure] = useState<unknown>(null);
  const when = backupWhen(backup.createdAt);
  const from = backupWhen(backup.createdAt, { inSentence: true });

  const start = async () => {
    const sure = await confirm({
      title: `Restore the backup from ${from}?`,
      body: (
        <div className="backup-confirm">
          <p>Your library becomes what it was at that moment: {backupCounts(backup.counts)}.</p>
          <p>
            The file that could not be opened is not deleted: it is moved aside, beside your library, as{' '}
            <code>counterpoint.damaged-….sqlite3</code>.
          </p>
        </div>
      ),
      confirmLabel: 'Restore this backup',
    });
    if (!sure) return;
    setFailure(null);
    restore.mutate(
      { id: backup.id },
      {
        onSuccess: () => toast.show({ tone: 'success', message: `Restored the backup from ${from}. The file that could not be opened is kept beside your library.` }),
        onError: (error) => setFailure(error),
      },
    );
  };

  return (
    <div className={`damaged__row${primary ? ' damaged__row--primary' : ''}`}>
      <div className="damaged__row-text">
        <p className="damaged__when">
          {when} <span className="damaged__meta">· {REASON_LABEL[backup.reason]} · {backupSize(backup.bytes)}</span>
        </p>
        <p className="damaged__counts">{backupCounts(backup.counts)}</p>
        {damage.kind === 'too-new' && primary && (
          <p className="damaged__note">This backup was made by this or an older version; changes made since by the newer version are not in it.</p>
        )}
      </div>
      <Button variant={primary ? 'primary' : 'secondary'} size={primary ? 'md' : 'sm'} icon={<Icon name="restore" size={16} />} onClick={() => void start()} busy={restore.isPending}>
        {restore.isPending ? 'Restoring…' : primary ? 'Restore this backup' : 'Restore'}
      </Button>
      {failure !== null && (
        <p className="damaged__failure" role="alert">
          {messageOf(failure)}
        </p>
      )}
    </div>
  );
}
