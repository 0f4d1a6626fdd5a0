/** ArchivedNotice: the banner over an archived person or project — when it was archived and what that means. */
import type { ReactNode } from 'react';
import { formatAgo } from '../format';
import { Icon } from './Icon';
import './surfaces/notice.css';

export function ArchivedNotice({ archivedAt, children }: { archivedAt: string; children: ReactNode }) {
  return (
    <div className="notice notice--muted">
      <Icon name="archive" />
      <div className="notice__text">
        <strong>Archived {formatAgo(archivedAt)}</strong>
        <span>{children}</span>
      </div>
    </div>
  );
}
