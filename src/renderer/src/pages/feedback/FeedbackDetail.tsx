import { Link, useNavigate, useParams } from 'react-router-dom';
import { FEEDBACK_KIND_LABELS, FEEDBACK_STATUS_LABELS, type Feedback } from '../../../../shared/entities/feedback';
import { isNotFound } from '../../api/errors';
import { useCall } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { EditDeleteActions } from '../../components/EntryHeaderActions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { DeletedNotice } from '../../components/log/DeletedNotice';
import { BenefitBadge, DirectionMark, FeedbackStatusPill, WeightPips } from '../../components/log/LogPills';
import { useSoftDelete } from '../../components/log/useSoftDelete';
import { formatAgo, formatDay } from '../../format';
import { NotFound } from '../NotFound';
import { FeedbackStatusCard } from './FeedbackStatusCard';
import { feedbackTitle } from './feedbackWords';

/** One piece of feedback: what was said and where, its lifecycle, what it counts as; edit, delete with Undo, restore. */
export function FeedbackDetail() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useCall('feedback.get', { id });
  const { doDelete, doRestore, busy } = useSoftDelete('feedback', 'Feedback');

  if (detail.isPending) return <Loading label="Loading feedback…" />;
  if (isNotFound(detail.error)) return <NotFound what="This feedback" back={{ to: '/feedback', label: 'Back to feedback' }} />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;

  const feedback = detail.data;
  const deleted = feedback.deletedAt !== null;
  return (
    <>
      <PageHeader
        title={feedbackTitle(feedback)}
        back={{ to: '/feedback', label: 'Feedback' }}
        adornment={deleted ? <Badge tone="red">Deleted</Badge> : <FeedbackStatusPill status={feedback.status} />}
        subtitle={
          <span className="meta-line">
            <DirectionMark direction={feedback.direction} />
            <span>
              {feedback.direction === 'received' ? 'Received' : 'Given'} {formatDay(feedback.date)}
            </span>
            {feedback.projectTitle && (
              <>
                <span className="dot-sep" aria-hidden="true" />
                <span>{feedback.projectTitle}</span>
              </>
            )}
            {feedback.piece && (
              <>
                <span className="dot-sep" aria-hidden="true" />
                <span>{feedback.piece}</span>
              </>
            )}
          </span>
        }
        actions={
          !deleted && (
            <EditDeleteActions
              editTo={`/feedback/${feedback.id}/edit`}
              busy={busy}
              onDelete={() => doDelete(feedback.id, () => navigate('/feedback'))}
            />
          )
        }
      />
      {feedback.deletedAt && (
        <DeletedNotice deletedAt={feedback.deletedAt} noun="feedback" busy={busy} onRestore={() => doRestore(feedback.id)} />
      )}
      <div className="detail-grid">
        <div className="detail-grid__main">
          <Card title={feedback.direction === 'received' ? 'What they said' : 'What you said'}>
            {feedback.anchorLabel && (
              <p className="anchor-chip">
                <span className="anchor-chip__label">{feedback.anchor.kind === 'time' ? 'At' : 'On'}</span>
                <span className={feedback.anchor.kind === 'time' ? 'anchor-chip__time' : undefined}>{feedback.anchorLabel}</span>
              </p>
            )}
            <p className="prose feedback-body">{feedback.body}</p>
          </Card>
          {!deleted && <FeedbackStatusCard key={`${feedback.status}-${feedback.statusDate ?? ''}`} feedback={feedback} />}
        </div>
        <div className="detail-grid__side">
          <FeedbackAbout feedback={feedback} />
        </div>
      </div>
    </>
  );
}

function FeedbackAbout({ feedback }: { feedback: Feedback }) {
  return (
    <Card title="About">
      <dl className="facts log-facts">
        <div>
          <dt>{feedback.direction === 'received' ? 'From' : 'To'}</dt>
          <dd>
            <Link className="link" to={`/people/${feedback.collaboratorId}`}>
              {feedback.collaboratorName}
            </Link>
          </dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{FEEDBACK_KIND_LABELS[feedback.kind]}</dd>
        </div>
        <div>
          <dt>Project</dt>
          <dd>
            {feedback.projectId ? (
              <Link className="link" to={`/projects/${feedback.projectId}`}>
                {feedback.projectTitle}
              </Link>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Piece</dt>
          <dd>{feedback.piece || '—'}</dd>
        </div>
        <div>
          <dt>Anchor</dt>
          <dd>{feedback.anchorLabel || '—'}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{formatDay(feedback.date)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {FEEDBACK_STATUS_LABELS[feedback.status]}
            {feedback.statusDate ? `, ${formatDay(feedback.statusDate)}` : ''}
          </dd>
        </div>
        <div>
          <dt>Counts as</dt>
          <dd className="facts__stack">
            <span className="badge-list">
              <BenefitBadge benefit={feedback.benefit} />
            </span>
            <WeightPips weight={feedback.weight} />
            {(feedback.benefitOverride !== null || feedback.weightOverride !== null) && (
              <span className="faint">Changed for this entry</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Logged</dt>
          <dd>{formatAgo(feedback.createdAt)}</dd>
        </div>
      </dl>
    </Card>
  );
}
