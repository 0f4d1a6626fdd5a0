/** The rows of a detail page's "About" card (a `dl.facts`), and the ones every kind of entry shares. */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Benefit, Weight } from '../../../../shared/entities/exchange';
import { formatAgo } from '../../format';
import { BenefitBadge, WeightPips } from '../log/LogPills';
import '../surfaces/facts.css';

export function Fact({ term, stack = false, children }: { term: ReactNode; stack?: boolean; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className={stack ? 'facts__stack' : undefined}>{children}</dd>
    </div>
  );
}

export function PersonLink({ id, name }: { id: string; name: string }) {
  return (
    <Link className="link" to={`/people/${id}`}>
      {name}
    </Link>
  );
}

export function ProjectFact({ entry }: { entry: { projectId: string | null; projectTitle: string | null } }) {
  return (
    <Fact term="Project">
      {entry.projectId ? (
        <Link className="link" to={`/projects/${entry.projectId}`}>
          {entry.projectTitle}
        </Link>
      ) : (
        '—'
      )}
    </Fact>
  );
}

/** What the entry adds to the ledger, with a line on why (or whether it was changed by hand). */
export function CountsAsFact({ benefit, weight, note }: { benefit: Benefit; weight: Weight; note?: ReactNode }) {
  return (
    <Fact term="Counts as" stack>
      <span className="badge-list">
        <BenefitBadge benefit={benefit} />
      </span>
      <WeightPips weight={weight} />
      {note}
    </Fact>
  );
}

export function LoggedFact({ createdAt }: { createdAt: string }) {
  return <Fact term="Logged">{formatAgo(createdAt)}</Fact>;
}
