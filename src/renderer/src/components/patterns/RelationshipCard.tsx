/**
 * One relationship on the Patterns page: who, the stance in words and glyph, a plain sentence, the
 * balance picture (give and take, requests met) with its numbers on demand, the flags, and the entries.
 */
import { Link } from 'react-router-dom';
import { BENEFIT_LABELS } from '../../../../shared/entities/exchange';
import { STANCE_LABELS, type RelationshipFinding } from '../../../../shared/entities/patterns';
import { ROLE_LABEL } from '../../format';
import { personHref } from '../../pages/people/personSections';
import { Avatar } from '../Avatar';
import { EvidenceList } from './EvidenceList';
import { BalanceFigures } from './BalanceFigures';
import type { Band } from './IntervalTrack';
import { RelationshipFlags } from './RelationshipFlags';
import { LearnerFacts, learnerNumbers } from './LearnerPathView';
import { NumbersDisclosure } from './NumbersDisclosure';
import { relationshipWords } from './plainWords';
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

interface RelationshipCardProps {
  finding: RelationshipFinding;
  band: Band;
  /** The report's window, for the entries listed when the evidence is opened. */
  windowDays: number;
  isTarget?: boolean;
}

export function RelationshipCard({ finding, band, windowDays, isTarget = false }: RelationshipCardProps) {
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
            <Link className="rel-card__link" to={personHref(collaborator.id, 'balance')}>
              {collaborator.name}
            </Link>
          </h3>
          {collaborator.roles.length > 0 && (
            <span className="rel-card__roles">{collaborator.roles.map((role) => ROLE_LABEL[role]).join(', ')}</span>
          )}
        </div>
        <StanceBadge stance={finding.stance} label={stanceLabelOf(finding)} />
      </header>

      <p className="rel-card__sentence">{relationshipWords(finding)}</p>

      {finding.learnerPath && finding.give + finding.receive === 0 ? (
        // With a mentor and nothing but lessons, the path is the picture: an empty give-and-take track says nothing.
        <div className="rel-card__path">
          <LearnerFacts path={finding.learnerPath} />
          <NumbersDisclosure rows={learnerNumbers(finding.learnerPath)} sentence={finding.sentence} />
        </div>
      ) : (
        <BalanceFigures finding={finding} band={band} compact />
      )}

      <RelationshipFlags finding={finding} />
      {finding.excludedBenefits.length > 0 && (
        <p className="rel-card__note">
          {finding.excludedBenefits.map((benefit) => BENEFIT_LABELS[benefit]).join(', ')} is left out of the balance:{' '}
          {finding.learnerPath ? (
            <>
              with a mentor, your path as a learner is what counts.{' '}
              <Link className="link" to={personHref(collaborator.id, 'balance')}>
                See the path
              </Link>
            </>
          ) : (
            'teaching a mentee is meant to flow one way.'
          )}
        </p>
      )}

      <EvidenceList
        evidence={finding.evidence}
        finding={{ finding: 'relationship', collaboratorId: collaborator.id, windowDays }}
        collaboratorId={collaborator.id}
        label={`Entries behind ${collaborator.name}’s balance`}
      />
    </article>
  );
}
