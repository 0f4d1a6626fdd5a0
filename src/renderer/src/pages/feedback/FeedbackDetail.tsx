/** A piece of feedback's own sections on its page (kinds/feedback.tsx puts them in the entry layout). */
import { FEEDBACK_KIND_LABELS, FEEDBACK_STATUS_LABELS, type Feedback } from '../../../../shared/entities/feedback';
import { Card } from '../../components/Card';
import { CountsAsFact, Fact, LoggedFact, PersonLink, ProjectFact } from '../../components/entry/Facts';
import { formatDay } from '../../format';
import '../../components/surfaces/facts.css';
import '../../components/log/entryBody.css';
import './FeedbackDetail.css';

/** What was said and where (its lifecycle is under the title: FeedbackStatusControls). */
export function FeedbackMain({ entry: feedback }: { entry: Feedback }) {
  return (
    <Card title={feedback.direction === 'received' ? 'What they said' : 'What you said'}>
      {feedback.anchorLabel && (
        <p className="anchor-chip">
          <span className="anchor-chip__label">{feedback.anchor.kind === 'time' ? 'At' : 'On'}</span>
          <span className={feedback.anchor.kind === 'time' ? 'anchor-chip__time' : undefined}>{feedback.anchorLabel}</span>
        </p>
      )}
      <p className="prose feedback-body">{feedback.body}</p>
    </Card>
  );
}

/** Who, where and when, its status, and what it counts as in the ledger. */
export function FeedbackAbout({ entry: feedback }: { entry: Feedback }) {
  return (
    <Card title="About">
      <dl className="facts log-facts">
        <Fact term={feedback.direction === 'received' ? 'From' : 'To'}>
          <PersonLink id={feedback.collaboratorId} name={feedback.collaboratorName} />
        </Fact>
        <Fact term="Kind">{FEEDBACK_KIND_LABELS[feedback.kind]}</Fact>
        <ProjectFact entry={feedback} />
        <Fact term="Piece">{feedback.piece || '—'}</Fact>
        <Fact term="Anchor">{feedback.anchorLabel || '—'}</Fact>
        <Fact term="Date">{formatDay(feedback.date)}</Fact>
        <Fact term="Status">
          {FEEDBACK_STATUS_LABELS[feedback.status]}
          {feedback.statusDate ? `, ${formatDay(feedback.statusDate)}` : ''}
        </Fact>
        <CountsAsFact
          benefit={feedback.benefit}
          weight={feedback.weight}
          note={(feedback.benefitOverride !== null || feedback.weightOverride !== null) && <span className="faint">Changed for this entry</span>}
        />
        <LoggedFact createdAt={feedback.createdAt} />
      </dl>
    </Card>
  );
}
