/**
 * EntryDetail: the page of one log entry of any kind — its header (title, the kind's badge or
 * "Deleted", subtitle, Edit and Delete with Undo), the deleted notice with Restore, then the
 * kind's own sections (kinds/<kind>.tsx) in the detail grid.
 */
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { KINDS, editEntryHref, type EntryKind } from '../../../../shared/kinds';
import { RENDERER_KINDS } from '../../kinds';
import type { EntryOf } from '../../kinds/rendererKind';
import { Badge } from '../Badge';
import { EditDeleteActions } from '../EntryHeaderActions';
import { DeletedNotice } from '../log/DeletedNotice';
import { useSoftDelete } from '../log/useSoftDelete';
import { PageHeader } from '../PageHeader';
import { cameFromState, useCameFrom } from './cameFrom';
import { entryStatus, useEntry } from './entryQuery';
import { QueryPage } from './QueryPage';

/** Every entry has an id and may be in the bin. */
type Shown<K extends EntryKind> = EntryOf<K> & { id: string; deletedAt: string | null };

export function EntryDetail<K extends EntryKind>({ kind }: { kind: K }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useEntry(kind, id);
  const { area, labels, paths } = KINDS[kind];
  const { doDelete, doRestore, busy } = useSoftDelete(area, labels.one);
  const { detail: page } = RENDERER_KINDS[kind];
  // Opened from a timeline: back (and after a delete) to that timeline, not to the kind's list.
  const from = useCameFrom();
  const back = from ?? { to: paths.list, label: labels.nav };

  return (
    <QueryPage query={detail} {...entryStatus(kind)}>
      {(data) => {
        // TypeScript widens the answer to every kind's entry; it is this kind's.
        const entry = data as Shown<K>;
        const elsewhere = page.elsewhere?.(entry);
        if (elsewhere) return <Navigate to={elsewhere} replace />;
        const { Controls, Main, Side } = page;
        return (
          <>
            <PageHeader
              title={page.title(entry)}
              back={back}
              adornment={entry.deletedAt ? <Badge tone="red">Deleted</Badge> : page.badge(entry)}
              subtitle={page.subtitle(entry)}
              actions={
                !entry.deletedAt && (
                  <EditDeleteActions
                    editTo={editEntryHref(kind, entry.id)}
                    editState={from && cameFromState(from)}
                    busy={busy}
                    onDelete={() => doDelete(entry.id, () => navigate(back.to))}
                  />
                )
              }
            />
            {entry.deletedAt ? (
              <DeletedNotice deletedAt={entry.deletedAt} noun={labels.noun} busy={busy} onRestore={() => doRestore(entry.id)} />
            ) : (
              Controls && <Controls entry={entry} />
            )}
            <div className="detail-grid">
              <div className="detail-grid__main">
                <Main entry={entry} />
              </div>
              <div className="detail-grid__side">
                <Side entry={entry} />
              </div>
            </div>
          </>
        );
      }}
    </QueryPage>
  );
}
