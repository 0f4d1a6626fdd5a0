/** Card: a bordered surface with an optional heading row (title + actions); the building block of detail pages. */
import type { ReactNode } from 'react';
import './Card.css';

interface CardProps {
  title?: string;
  /** Buttons shown at the right of the heading row. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Content runs edge to edge (lists of rows). */
  flush?: boolean;
}

export function Card({ title, actions, children, className, flush = false }: CardProps) {
  return (
    <section className={['card', flush ? 'card--flush' : '', className ?? ''].filter(Boolean).join(' ')} aria-label={title}>
      {(title || actions) && (
        <header className="card__header">
          {title && <h2 className="card__title">{title}</h2>}
          {actions && <div className="card__actions">{actions}</div>}
        </header>
      )}
      <div className="card__body">{children}</div>
    </section>
  );
}
