/** LogRow: one entry in a log list — its mark, a linked title, a line of facts, and on the right its state and day. */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDay } from '../../format';
import '../surfaces/rows.css';

interface LogRowProps {
  /** Drawn first: the direction mark, the lesson mark. */
  mark: ReactNode;
  href: string;
  title: string;
  /** The longer text behind the title, shown on hover. */
  tooltip: string;
  /** The line under the title; later parts go in MetaPart. */
  children: ReactNode;
  /** The entry's state on the right (a pill, a control). */
  side: ReactNode;
  date: string;
  className?: string;
}

export function LogRow({ mark, href, title, tooltip, children, side, date, className }: LogRowProps) {
  return (
    <li className={['row log-row', className].filter(Boolean).join(' ')}>
      {mark}
      <div className="row__main">
        <Link className="row__title stretched-link" to={href} title={tooltip}>
          {title}
        </Link>
        <div className="row__meta">{children}</div>
      </div>
      <div className="row__side">
        {side}
        <span className="row__date">{formatDay(date)}</span>
      </div>
    </li>
  );
}

/** A later part of a row's facts, after a dot. */
export function MetaPart({ children }: { children: ReactNode }) {
  return (
    <>
      <span className="dot-sep" aria-hidden="true" />
      <span>{children}</span>
    </>
  );
}
