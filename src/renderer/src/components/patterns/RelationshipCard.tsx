/**
 * One relationship on the Patterns page: who, the stance in words and glyph, the engine's sentence,
 * give vs receive, how sure, the give share against the balanced band, the flags, and the entries.
 */
import { Link } from 'react-router-dom';
import { BENEFIT_LABELS } from '../../../../shared/entities/exchange';
import { STANCE_LABELS, type RelationshipFinding } from '../../../../shared/entities/patterns';
import { ROLE_LABEL, withLocalDays } from '../../format';
import { Avatar } from '../Avatar';
import { EvidenceList } from './EvidenceList';
import { BalanceFigures } from './BalanceFigures';
import type { Band } from './IntervalTrack';
import { RelationshipFlags } from './RelationshipFlags';
import { StanceBadge } from './StanceBadge';
import './patternTarget.css';
import './RelationshipCard.css';

export const relationshipCardId = (collaboratorId: string) => `patterns-person-${collaboratorId}`;

/** "Not enough data yet · leaning you giving" keeps the leaning beside the stance. */
export function stanceLabelOf(finding: Pick<RelationshipFinding, 'stance' | 'leaning'>): string {
  if (finding.stance === 'not-enough-data' && finding.leaning) {
    return `${STANCE_LABELS[finding.stance]} · leaning ${finding.leaning === 'giving' ? 'you giving' : 'you receiving'}`;
  }
  return STANCE_LABELS[finding.stance];
}

export function RelationshipCard({ finding, band, isTarget = false }: { finding: RelationshipFinding; band: Band; isTarget?: boolean }) {
  const { collaborator } = finding;
  const headingId = `${relationshipCardId(collaborator.id)}-name`;
  return (
    <article
      className={`rel-card rel-card--${finding.stance}${isTarget ? ' is-target' : ''}`}
      id={relationshipCardId(collaborator.id)}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <header className="rel-card__header">
        <Avatar id={collaborator.id} name={collaborator.name} kind={collaborator.isGroup ? 'group' : 'person'} size="sm" />
        <div className="rel-card__who">
          <h3 className="rel-card__name" id={headingId}>
            <Link className="rel-card__link" to={`/people/${collaborator.id}`}>
              {collaborator.name}
            </Link>
          </h3>
          {collaborator.roles.length > 0 && (
            <span className="rel-card__roles">{collaborator.roles.map((role) => ROLE_LABEL[role]).join(', ')}</span>
          )}
        </div>
        <StanceBadge stance={finding.stance} label={stanceLabelOf(finding)} />
      </header>

      <p className="rel-card__sentence">{withLocalDays(finding.sentence)}</p>

      <BalanceFigures finding={finding} band={band} compact />

      <RelationshipFlags finding={finding} />
      {finding.excludedBenefits.length > 0 && (
        <p className="rel-card__note">
          {finding.excludedBenefits.map((benefit) => BENEFIT_LABELS[benefit]).join(', ')} is left out of the balance:{' '}
          {finding.learnerPath ? (
            <>
              with a mentor, your path as a learner is what counts.{' '}
              <Link className="link" to={`/people/${collaborator.id}`}>
                See the path
              </Link>
            </>
          ) : (
            'teaching a mentee is meant to flow one way.'
          )}
        </p>
      )}

      <EvidenceList evidence={finding.evidence} collaboratorId={collaborator.id} label={`Entries behind ${collaborator.name}’s balance`} />
    </article>
  );
}
