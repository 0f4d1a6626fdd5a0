/** Give vs receive, the give share and how sure — beside the give share drawn against the balanced band. */
import type { RelationshipFinding } from '../../../../shared/entities/patterns';
import { IntervalTrack, type Band } from './IntervalTrack';
import { formatShare, formatWeight, relationshipConfidence } from './patternWords';
import './figures.css';
import './BalanceFigures.css';

interface BalanceFiguresProps {
  finding: Pick<RelationshipFinding, 'give' | 'receive' | 'giveShare' | 'interval' | 'basis' | 'confidence'>;
  band: Band;
  /** The Patterns page's cards: figures and a slim track side by side. */
  compact?: boolean;
}

export function BalanceFigures({ finding, band, compact = false }: BalanceFiguresProps) {
  const sure = relationshipConfidence(finding);
  return (
    <div className={`balance-figures${compact ? ' balance-figures--compact' : ''}`}>
      <dl className="figures">
        <div>
          <dt>You gave</dt>
          <dd>{formatWeight(finding.give)}</dd>
        </div>
        <div>
          <dt>You received</dt>
          <dd>{formatWeight(finding.receive)}</dd>
        </div>
        <div>
          <dt>Give share</dt>
          <dd>{finding.giveShare === null ? '—' : formatShare(finding.giveShare)}</dd>
        </div>
        <div>
          <dt>How sure</dt>
          <dd>
            {sure.words}
            {sure.number && <span className="figures__aside"> {sure.number}</span>}
          </dd>
        </div>
      </dl>
      <IntervalTrack
        giveShare={finding.giveShare}
        interval={finding.interval}
        band={band}
        judged={finding.basis !== 'too-little-weight'}
        compact={compact}
      />
    </div>
  );
}
