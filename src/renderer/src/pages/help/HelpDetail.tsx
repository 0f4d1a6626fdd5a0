/**
 * Help's own sections on its page (kinds/help.tsx puts them in the entry layout). Only help logged
 * directly is shown here; a row derived from feedback or a lesson opens that entry instead.
 */
import { INITIATOR_LABELS, type Exchange } from '../../../../shared/entities/exchange';
import { Card } from '../../components/Card';
import { Fact, LoggedFact, PersonLink, ProjectFact } from '../../components/entry/Facts';
import { BENEFIT_HINTS } from '../../components/log/helpForm';
import { BenefitBadge, WeightPips } from '../../components/log/LogPills';
import { formatDay } from '../../format';
import '../../components/surfaces/facts.css';
import '../../components/log/entryBody.css';

/** What happened, in the user's words. */
export function HelpNote({ entry: exchange }: { entry: Exchange }) {
  return (
    <Card title="What happened">
      {exchange.note ? <p className="prose feedback-body">{exchange.note}</p> : <p className="muted">No note.</p>}
    </Card>
  );
}

/** Its place in the ledger: who, which benefit, how much, whose idea. */
export function HelpAbout({ entry: exchange }: { entry: Exchange }) {
  return (
    <Card title="In the ledger">
      <dl className="facts log-facts">
        <Fact term={exchange.direction === 'received' ? 'From' : 'To'}>
          <PersonLink id={exchange.collaboratorId} name={exchange.collaboratorName} />
        </Fact>
        <Fact term="Benefit" stack>
          <BenefitBadge benefit={exchange.benefit} />
          <span className="faint">{BENEFIT_HINTS[exchange.benefit]}</span>
        </Fact>
        <Fact term="Weight">
          <WeightPips weight={exchange.weight} />
        </Fact>
        <Fact term="Whose idea">{INITIATOR_LABELS[exchange.initiatedBy]}</Fact>
        <Fact term="Date">{formatDay(exchange.date)}</Fact>
        <ProjectFact entry={exchange} />
        <LoggedFact createdAt={exchange.createdAt} />
      </dl>
    </Card>
  );
}
