/** A line of counts above the Patterns page — one per stance present — each a jump to its group. */
import { STANCE_LABELS, STANCE_ORDER, type RelationshipFinding } from '../../../../shared/entities/patterns';
import { StanceIcon } from '../../components/patterns/StanceBadge';
import { STANCE_TONE } from '../../components/patterns/patternWords';
import { plural } from '../../format';
import { stanceGroupId } from './RelationshipGroups';
import './StanceSummary.css';

export function StanceSummary({ relationships }: { relationships: RelationshipFinding[] }) {
  const counts = STANCE_ORDER.map((stance) => ({
    stance,
    count: relationships.filter((finding) => finding.stance === stance).length,
  })).filter((entry) => entry.count > 0);
  const jump = (id: string) => {
    const element = document.getElementById(id);
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    element?.focus({ preventScroll: true });
  };
  return (
    <nav className="stance-summary" aria-label="Relationships by stance">
      <span className="stance-summary__total">{plural(relationships.length, 'relationship')}</span>
      <ul className="stance-summary__list">
        {counts.map(({ stance, count }) => (
          <li key={stance}>
            <button type="button" className={`stance-summary__item badge badge--${STANCE_TONE[stance]}`} onClick={() => jump(stanceGroupId(stance))}>
              <StanceIcon stance={stance} />
              <span className="stance-summary__count">{count}</span>
              {STANCE_LABELS[stance]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
