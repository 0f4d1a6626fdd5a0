import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { INITIATOR_LABELS, type Exchange } from '../../../../shared/entities/exchange';
import { isNotFound } from '../../api/errors';
import { useCall } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { EditDeleteActions } from '../../components/EntryHeaderActions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { DeletedNotice } from '../../components/log/DeletedNotice';
import { BENEFIT_HINTS } from '../../components/log/helpForm';
import { BenefitBadge, DirectionMark, WeightPips } from '../../components/log/LogPills';
import { useSoftDelete } from '../../components/log/useSoftDelete';
import { formatAgo, formatDay } from '../../format';
import { NotFound } from '../NotFound';
import { exchangeTitle } from '../exchanges/exchangeWords';

/**
 * One exchange. Help logged directly is shown, edited and deleted here; a row derived from
 * feedback or a lesson opens that entry instead, which is where it changes.
 */
export function HelpDetail() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useCall('help.get', { id });
  const { doDelete, doRestore, busy } = useSoftDelete('help', 'Help');

  if (detail.isPending) return <Loading label="Loading…" />;
  if (isNotFound(detail.error)) return <NotFound what="This exchange" back={{ to: '/exchanges', label: 'Back to give & take' }} />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;

  const exchange = detail.data;
  if (exchange.source !== 'help') return <Navigate to={exchange.sourceHref} replace />;
  const deleted = exchange.deletedAt !== null;
  return (
    <>
      <PageHeader
        title={exchangeTitle(exchange)}
        back={{ to: '/exchanges', label: 'Give & take' }}
        adornment={deleted ? <Badge tone="red">Deleted</Badge> : <Badge>Help</Badge>}
        subtitle={
          <span className="meta-line">
            <DirectionMark direction={exchange.direction} />
            <span>
              {exchange.direction === 'received' ? 'Received' : 'Given'} {formatDay(exchange.date)}
            </span>
            {exchange.projectTitle && (
              <>
                <span className="dot-sep" aria-hidden="true" />
                <span>{exchange.projectTitle}</span>
              </>
            )}
          </span>
        }
        actions={
          !deleted && (
            <EditDeleteActions
              editTo={`/help/${exchange.id}/edit`}
              busy={busy}
              onDelete={() => doDelete(exchange.id, () => navigate('/exchanges'))}
            />
          )
        }
      />
      {exchange.deletedAt && (
        <DeletedNotice deletedAt={exchange.deletedAt} noun="help" busy={busy} onRestore={() => doRestore(exchange.id)} />
      )}
      <div className="detail-grid">
        <div className="detail-grid__main">
          <Card title="What happened">
            {exchange.note ? <p className="prose feedback-body">{exchange.note}</p> : <p className="muted">No note.</p>}
          </Card>
        </div>
        <div className="detail-grid__side">
          <HelpAbout exchange={exchange} />
        </div>
      </div>
    </>
  );
}

function HelpAbout({ exchange }: { exchange: Exchange }) {
  return (
    <Card title="In the ledger">
      <dl className="facts log-facts">
        <div>
          <dt>{exchange.direction === 'received' ? 'From' : 'To'}</dt>
          <dd>
            <Link className="link" to={`/people/${exchange.collaboratorId}`}>
              {exchange.collaboratorName}
            </Link>
          </dd>
        </div>
        <div>
          <dt>Benefit</dt>
          <dd className="facts__stack">
            <BenefitBadge benefit={exchange.benefit} />
            <span className="faint">{BENEFIT_HINTS[exchange.benefit]}</span>
          </dd>
        </div>
        <div>
          <dt>Weight</dt>
          <dd>
            <WeightPips weight={exchange.weight} />
          </dd>
        </div>
        <div>
          <dt>Whose idea</dt>
          <dd>{INITIATOR_LABELS[exchange.initiatedBy]}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{formatDay(exchange.date)}</dd>
        </div>
        <div>
          <dt>Project</dt>
          <dd>
            {exchange.projectId ? (
              <Link className="link" to={`/projects/${exchange.projectId}`}>
                {exchange.projectTitle}
              </Link>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Logged</dt>
          <dd>{formatAgo(exchange.createdAt)}</dd>
        </div>
      </dl>
    </Card>
  );
}
