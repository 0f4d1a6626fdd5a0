/** PageHeader: the page's h1 (focused when the page opens, so keyboard and screen-reader users land on it), a back link, a subtitle and actions. */
import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Icon } from './Icon';
import './PageHeader.css';

interface PageHeaderProps {
  title: string;
  /** Drawn left of the title, e.g. a person's avatar. */
  leading?: ReactNode;
  subtitle?: ReactNode;
  /** Things beside the title, such as a status pill. */
  adornment?: ReactNode;
  actions?: ReactNode;
  back?: { to: string; label: string };
  /** Forms that focus their first field instead pass false. */
  focusOnOpen?: boolean;
}

export function PageHeader({ title, leading, subtitle, adornment, actions, back, focusOnOpen = true }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus({ preventScroll: true });
  }, [focusOnOpen]);
  return (
    <header className="page-header">
      {back && (
        <Link className="page-header__back" to={back.to}>
          <Icon name="back" size={14} />
          {back.label}
        </Link>
      )}
      <div className="page-header__row">
        {leading && <div className="page-header__leading">{leading}</div>}
        <div className="page-header__titles">
          <div className="page-header__title-line">
            <h1 className="page-header__title" ref={heading} tabIndex={-1}>
              {title}
            </h1>
            {adornment}
          </div>
          {subtitle && <div className="page-header__subtitle">{subtitle}</div>}
        </div>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
    </header>
  );
}
