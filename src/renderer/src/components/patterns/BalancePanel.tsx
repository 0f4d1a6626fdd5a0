/**
 * The balance panel on a person's page: the relationship's stance and sentence, give vs receive
 * against the balanced band, and month by month — or, with a mentor, the learner's path.
 */
import { Link } from 'react-router-dom';
import type { RelationshipFinding } from '../../../../shared/entities/patterns';
import { isNotFound } from '../../api/errors';
import { withLocalDays } from '../../format';
import { useCall } from '../../api/hooks';
import { Card } from '../Card';
import { ErrorNotice, Loading } from '../StatusViews';
import { BalanceChart } from './BalanceChart';
import { EvidenceList } from './EvidenceList';
import { BalanceFigures } from './BalanceFigures';
import { LearnerPathView } from './LearnerPathView';
import { RelationshipFlags } from './RelationshipFlags';
import { firstName, windowWords } from './patternWords';
import { relationshipCardId, stanceLabelOf } from './RelationshipCard';
import { nothingLoggedWith } from './reportFacts';
import { StanceBadge } from './StanceBadge';
import './BalancePanel.css';

export function BalancePanel({ collaboratorId }: { collaboratorId: string }) {
  const finding = useCall('patterns.forCollaborator', { collaboratorId });
  const settings = useCall('settings.get', {});

  // A person removed elsewhere: the page itself says so; the panel has nothing to add.
  if (isNotFound(finding.error)) return null;
  return (
    <Card
      title="Balance"
      className="balance-panel"
      actions={
        <Link className="link link--quiet" to={`/patterns?section=${relationshipCardId(collaboratorId)}`}>
          All patterns
        </Link>
      }
    >
      {finding.isPending || settings.isPending ? (
        <Loading label="Weighing the log…" />
      ) : finding.isError ? (
        <ErrorNotice error={finding.error} onRetry={() => void finding.refetch()} />
      ) : settings.isError ? (
        <ErrorNotice error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <BalanceBody
          finding={finding.data}
          band={{ low: settings.data.analysis.balancedBandLow, high: settings.data.analysis.balancedBandHigh }}
          windowDays={settings.data.analysis.windowDays}
        />
      )}
    </Card>
  );
}

function BalanceBody({ finding, band, windowDays }: { finding: RelationshipFinding; band: { low: number; high: number }; windowDays: number }) {
  const name = finding.collaborator.name;
  const windowLabel = windowWords(windowDays);
  if (nothingLoggedWith(finding)) {
    return (
      <div className="balance-panel__empty">
        <StanceBadge stance={finding.stance} label={stanceLabelOf(finding)} />
        <p className="balance-panel__sentence">{withLocalDays(finding.sentence)}</p>
        <p className="muted">
          Log feedback, a lesson or help with {firstName(name)} — each carries a benefit and a weight — and the give and take
          shows here, month by month.
        </p>
      </div>
    );
  }
  return (
    <div className="balance-panel__body">
      <div className="balance-panel__verdict">
        <StanceBadge stance={finding.stance} label={stanceLabelOf(finding)} />
        <span className="faint">{windowLabel}</span>
      </div>
      <p className="balance-panel__sentence">{withLocalDays(finding.sentence)}</p>
      {finding.learnerPath && finding.give + finding.receive === 0 ? (
        <p className="muted">
          With a mentor, knowledge is left out of the balance, and nothing else passed between you in {windowLabel}: the
          path below is what counts.
        </p>
      ) : (
        <BalanceFigures finding={finding} band={band} />
      )}
      <RelationshipFlags finding={finding} />
      {finding.learnerPath ? (
        <section className="balance-panel__section" aria-label="Learner path">
          <h3 className="balance-panel__heading">Your path as a learner</h3>
          <LearnerPathView path={finding.learnerPath} name={name} />
        </section>
      ) : (
        <BalanceChart months={finding.months} name={name} windowLabel={windowLabel} />
      )}
      <EvidenceList evidence={finding.evidence} collaboratorId={finding.collaborator.id} label={`Entries behind ${name}’s balance`} />
    </div>
  );
}

