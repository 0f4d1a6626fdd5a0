/**
 * Recently deleted: every entry in the bin, whatever its kind, newest deletion first — what it was
 * and when it was deleted — with Restore, and Delete for ever after a confirmation that says what
 * goes. People and projects are archived, never deleted, so they are not here (their lists show the
 * archived ones).
 */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { DeletedEntry } from '../../../../shared/entities/deleted';
import { RECORDS, isEntryKind, recordHref } from '../../../../shared/kinds';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { useConfirm } from '../../components/Confirm';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { LoadMore } from '../../components/log/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { cameFromState } from '../../components/entry/cameFrom';
import { formatAgo, plural } from '../../format';
import { RENDERER_KINDS } from '../../kinds';
import { deletedTitle, deletedWhat, deletedWith, foreverText } from './deletedWords';
import { useBinActions, useDeletedList } from './useBin';
import '../../components/surfaces/rows.css';
import './RecentlyDeleted.css';

const NOUN: [string, string] = ['deleted entry', 'deleted entries'];
/** An entry opened from here goes back here, not to its kind's list. */
const BACK_HERE = cameFromState({ to: '/deleted', label: 'Recently deleted' });

export function RecentlyDeleted() {
  const { query, items, total } = useDeletedList();
  const actions = useBinActions();
  const confirm = useConfirm();
  const list = useRef<HTMLUListElement>(null);
  // After a row leaves, focus goes to the row that took its place (or the heading), not to the page's start.
  const leaving = useRef<{ id: string; index: number } | null>(null);

  useEffect(() => {
    const gone = leaving.current;
    if (!gone || items.some((item) => item.id === gone.id)) return;
    leaving.current = null;
    const links = list.current?.querySelectorAll<HTMLElement>('.row__title') ?? [];
    const next = links[Math.min(gone.index, links.length - 1)];
    (next ?? document.querySelector<HTMLElement>('.page-header__title'))?.focus();
  }, [items]);

  /** Runs a bin action for the row at `index`, focus moving on once the row has left. */
  const leave = (entry: DeletedEntry, index: number, action: (entry: DeletedEntry) => Promise<boolean>) => {
    leaving.current = { id: entry.id, index };
    void action(entry).then((done) => {
      if (!done) leaving.current = null;
    });
  };
  const restore = (entry: DeletedEntry, index: number) => leave(entry, index, actions.restore);
  const deleteForever = async (entry: DeletedEntry, index: number) => {
    const sure = await confirm({
      title: `Delete this ${RECORDS[entry.kind].labels.noun} for ever?`,
      body: (
        <div className="bin-confirm">
          <p>
            <strong>{deletedTitle(entry)}</strong>
            <br />
            {deletedWhat(entry)}
            {entry.projectTitle ? `, on ${entry.projectTitle}` : ''}
          </p>
          <p>{foreverText(entry)}</p>
        </div>
      ),
      confirmLabel: 'Delete for ever',
      danger: true,
    });
    if (sure) leave(entry, index, actions.deleteForever);
  };

  return (
    <>
      <PageHeader
        title="Recently deleted"
        subtitle={
          total
            ? `${plural(total, ...NOUN)}, newest first. Restore one to bring it back as it was, or delete it for ever.`
            : 'Deleted entries wait here until you restore them or delete them for ever.'
        }
      />
      {query.isPending ? (
        <Loading label="Loading deleted entries…" />
      ) : query.isError ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState icon="trash" title="Nothing deleted">
          <p>
            When you delete feedback, a lesson, help or a request, it waits here: out of every list and sum, ready to be
            restored. People and projects are archived instead, and stay on their lists under Archived.
          </p>
        </EmptyState>
      ) : (
        <>
          <ul ref={list} className="rows bin-rows" aria-label="Deleted entries">
            {items.map((entry, index) => (
              <DeletedRow
                key={entry.id}
                entry={entry}
                busy={actions.busyId === entry.id}
                onRestore={() => restore(entry, index)}
                onDeleteForever={() => void deleteForever(entry, index)}
              />
            ))}
          </ul>
          <LoadMore
            shown={items.length}
            total={total ?? items.length}
            noun={NOUN}
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onMore={() => void query.fetchNextPage()}
          />
        </>
      )}
    </>
  );
}

interface DeletedRowProps {
  entry: DeletedEntry;
  busy: boolean;
  onRestore: () => void;
  onDeleteForever: () => void;
}

function DeletedRow({ entry, busy, onRestore, onDeleteForever }: DeletedRowProps) {
  const title = deletedTitle(entry);
  const { labels } = RECORDS[entry.kind];
  return (
    <li className="row bin-row" data-entry={`${entry.kind}:${entry.id}`}>
      <span className="bin-row__mark" aria-hidden="true">
        <Icon name={isEntryKind(entry.kind) ? RENDERER_KINDS[entry.kind].icon : 'assessment'} size={16} />
      </span>
      <div className="row__main">
        <Link className="row__title stretched-link" to={recordHref(entry.kind, entry.id)} state={BACK_HERE} title={title}>
          {title}
        </Link>
        <div className="row__meta">
          <Badge>{labels.one}</Badge>
          <span>{deletedWith(entry)}</span>
          {entry.projectTitle && (
            <>
              <span className="dot-sep" aria-hidden="true" />
              <span>{entry.projectTitle}</span>
            </>
          )}
        </div>
        {entry.summary && entry.summary !== title && <p className="bin-row__summary">{entry.summary}</p>}
      </div>
      <div className="row__side">
        <span className="row__ago">
          Deleted <time dateTime={entry.deletedAt}>{formatAgo(entry.deletedAt)}</time>
        </span>
        <div className="row__actions row__control">
          <Button size="sm" icon={<Icon name="restore" />} busy={busy} onClick={onRestore} aria-label={`Restore ${title}`}>
            Restore
          </Button>
          <Button
            size="sm"
            variant="ghost"
            className="bin-row__forever"
            icon={<Icon name="trash" />}
            busy={busy}
            onClick={onDeleteForever}
            aria-label={`Delete for ever ${title}`}
          >
            Delete for ever
          </Button>
        </div>
      </div>
    </li>
  );
}
