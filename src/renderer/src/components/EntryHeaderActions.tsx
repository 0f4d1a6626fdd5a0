/** The buttons in a detail page's header: Edit, then Delete (log entries) or Archive / Restore (people and projects). */
import { Button, ButtonLink } from './Button';
import { Icon } from './Icon';

interface DeleteActionsProps {
  editTo: string;
  /** History state passed on to the editor (where the entry was opened from). */
  editState?: unknown;
  busy: boolean;
  onDelete: () => void;
}

/** For a log entry that is not in the bin; a deleted one offers Restore in its notice instead. */
export function EditDeleteActions({ editTo, editState, busy, onDelete }: DeleteActionsProps) {
  return (
    <>
      <ButtonLink to={editTo} state={editState} icon={<Icon name="edit" />}>
        Edit
      </ButtonLink>
      <Button icon={<Icon name="trash" />} busy={busy} onClick={onDelete}>
        Delete
      </Button>
    </>
  );
}

interface ArchiveActionsProps {
  editTo: string;
  archived: boolean;
  busy: boolean;
  onArchive: () => void;
  onRestore: () => void;
}

/** An archived person or project is read-only, so it offers Restore and no Edit. */
export function EditArchiveActions({ editTo, archived, busy, onArchive, onRestore }: ArchiveActionsProps) {
  return (
    <>
      {!archived && (
        <ButtonLink to={editTo} icon={<Icon name="edit" />}>
          Edit
        </ButtonLink>
      )}
      {archived ? (
        <Button icon={<Icon name="restore" />} onClick={onRestore} busy={busy}>
          Restore
        </Button>
      ) : (
        <Button icon={<Icon name="archive" />} onClick={onArchive} busy={busy}>
          Archive
        </Button>
      )}
    </>
  );
}
