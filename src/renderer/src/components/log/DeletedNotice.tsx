/** DeletedNotice: an entry in the bin, opened from a link or an evidence list — what that means, and Restore. */
import { formatAgo } from '../../format';
import { Button } from '../Button';
import { Icon } from '../Icon';
import '../surfaces/notice.css';
import './DeletedNotice.css';

interface DeletedNoticeProps {
  deletedAt: string;
  /** "feedback", "lesson", "request", "help". */
  noun: string;
  onRestore: () => void;
  busy?: boolean;
}

export function DeletedNotice({ deletedAt, noun, onRestore, busy = false }: DeletedNoticeProps) {
  return (
    <div className="notice notice--deleted" role="status">
      <Icon name="archive" />
      <div className="notice__text">
        <strong>Deleted {formatAgo(deletedAt)}</strong>
        <span>
          This {noun} is left out of your lists, timelines, the ledger and every pattern. Restore it to bring it back as it
          was.
        </span>
      </div>
      <Button icon={<Icon name="restore" />} onClick={onRestore} busy={busy}>
        Restore
      </Button>
    </div>
  );
}
