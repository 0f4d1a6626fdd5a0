/** EmptyState: what this place is for, what to do next, and the one action that starts it. */
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './EmptyState.css';

interface EmptyStateProps {
  icon: IconName;
  title: string;
  children: ReactNode;
  /** The primary next step, usually a ButtonLink or Button. */
  action?: ReactNode;
  compact?: boolean;
}

export function EmptyState({ icon, title, children, action, compact = false }: EmptyStateProps) {
  return (
    <div className={`empty${compact ? ' empty--compact' : ''}`}>
      <div className="empty__icon" aria-hidden="true">
        <Icon name={icon} size={compact ? 18 : 22} />
      </div>
      <h2 className="empty__title">{title}</h2>
      <div className="empty__text">{children}</div>
      {action && <div className="empty__action">{action}</div>}
    </div>
  );
}
