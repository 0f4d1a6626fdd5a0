/** Relationships grouped by stance in STANCE_ORDER; within a group the engine's order, most certain first. */
import { STANCE_LABELS, STANCE_ORDER, type RelationshipFinding, type Stance } from '../../../../shared/entities/patterns';
import type { Band } from '../../components/patterns/IntervalTrack';
import { STANCE_HINT, STANCE_TONE } from '../../components/patterns/patternWords';
import { RelationshipCard, relationshipCardId } from '../../components/patterns/RelationshipCard';
import { StanceIcon } from '../../components/patterns/StanceBadge';
import { plural } from '../../format';
import '../../components/patterns/patternTarget.css';
import './RelationshipGroups.css';

export const stanceGroupId = (stance: Stance) => `patterns-stance-${stance}`;

interface RelationshipGroupsProps {
  relationships: RelationshipFinding[];
  band: Band;
  windowDays: number;
  target: string | null;
}

export function RelationshipGroups({ relationships, band, windowDays, target }: RelationshipGroupsProps) {
  return (
    <div className="stance-groups">
      {STANCE_ORDER.map((stance) => {
        const group = relationships
          .filter((finding) => finding.stance === stance)
          // Stable: the engine already sorts; this keeps "most certain first" true whatever arrives.
          .sort((a, b) => b.confidence - a.confidence);
        if (group.length === 0) return null;
        return (
          <section
            key={stance}
            className={`stance-group stance-group--${stance}${target === stanceGroupId(stance) ? ' is-target' : ''}`}
            id={stanceGroupId(stance)}
            aria-label={STANCE_LABELS[stance]}
            tabIndex={-1}
          >
            <header className="stance-group__header">
              <h3 className="stance-group__title">
                <span className={`stance-group__glyph badge--${STANCE_TONE[stance]}`} aria-hidden="true">
                  <StanceIcon stance={stance} size={15} />
                </span>
                {STANCE_LABELS[stance]}
                <span className="stance-group__count" aria-hidden="true">
                  {group.length}
                </span>
                <span className="visually-hidden">, {plural(group.length, 'relationship')}</span>
              </h3>
              <p className="stance-group__hint">{STANCE_HINT[stance]}</p>
            </header>
            <div className="rel-list">
              {group.map((finding) => (
                <RelationshipCard
                  key={finding.collaborator.id}
                  finding={finding}
                  band={band}
                  windowDays={windowDays}
                  isTarget={target === relationshipCardId(finding.collaborator.id)}
                />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
