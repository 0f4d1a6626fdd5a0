/** What an empty section says in one muted line, with the one thing to do next beside it: never a big empty card. */
import type { ReactNode } from 'react';
import './EmptyLine.css';

export function EmptyLine({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <p className="empty-line">
      <span>{children}</span>
      {action && (
        <>
          <span aria-hidden="true">—</span>
          {action}
        </>
      )}
    </p>
  );
}
