/** MetaLine: a detail page's subtitle — facts in a row with dots between them, after an optional mark. */
import { Fragment, type ReactNode } from 'react';

interface MetaLineProps {
  /** Drawn first, with no dot after it (a direction arrow). */
  lead?: ReactNode;
  /** The facts; empty ones (no project, no piece) are left out with their dot. */
  parts: (string | null | undefined | false)[];
}

export function MetaLine({ lead, parts }: MetaLineProps) {
  const shown = parts.filter((part): part is string => Boolean(part));
  return (
    <span className="meta-line">
      {lead}
      {shown.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <span className="dot-sep" aria-hidden="true" />}
          <span>{part}</span>
        </Fragment>
      ))}
    </span>
  );
}
