import { Link, useNavigate, useParams } from 'react-router-dom';
import { REQUEST_OUTCOME_LABELS, type Request } from '../../../../shared/entities/request';
import { isNotFound } from '../../api/errors';
import { useCall } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { EditDeleteActions } from '../../components/EntryHeaderActions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { DeletedNotice } from '../../components/log/DeletedNotice';
import { RequestOutcomePill } from '../../components/log/LogPills';
import { useSoftDelete } from '../../components/log/useSoftDelete';
import { formatAgo, formatDay } from '../../format';
import { NotFound } from '../NotFound';
import { OutcomeSwitch } from './RequestOutcomeControls';
import { askedLine } from './requestWords';

/** One request: who asked whom for what, its outcome (changed in one step), a note; edit, delete with Undo, restore. */
export function RequestDetail() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useCall('requests.get', { id });
  const { doDelete, doRestore, busy } = useSoftDelete('requests', 'Request');

  if (detail.isPending) return <Loading label="Loading request…" />;
  if (isNotFound(detail.error)) return <NotFound what="This request" back={{ to: '/requests', label: 'Back to requests' }} />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;

  const request = detail.data;
  const deleted = request.deletedAt !== null;
  return (
    <>
      <PageHeader
        title={request.what}
        back={{ to: '/requests', label: 'Requests' }}
        adornment={deleted ? <Badge tone="red">Deleted</Badge> : <RequestOutcomePill outcome={request.outcome} />}
        subtitle={
          <span className="meta-line">
            <span>{askedLine(request)}</span>
            <span className="dot-sep" aria-hidden="true" />
            <span>{formatDay(request.dateAsked)}</span>
            {request.projectTitle && (
              <>
                <span className="dot-sep" aria-hidden="true" />
                <span>{request.projectTitle}</span>
              </>
            )}
          </span>
        }
        actions={
          !deleted && (
            <EditDeleteActions
              editTo={`/requests/${request.id}/edit`}
              busy={busy}
              onDelete={() => doDelete(request.id, () => navigate('/requests'))}
            />
          )
        }
      />
      {request.deletedAt ? (
        <DeletedNotice deletedAt={request.deletedAt} noun="request" busy={busy} onRestore={() => doRestore(request.id)} />
      ) : (
        <OutcomeSwitch request={request} />
      )}
      <div className="detail-grid">
        <div className="detail-grid__main">
          <Card title="Note">
            {request.note ? (
              <p className="prose">{request.note}</p>
            ) : (
              <p className="muted">
                No note.{' '}
                {!deleted && (
                  <Link className="link" to={`/requests/${request.id}/edit`}>
                    Add one
                  </Link>
                )}
              </p>
            )}
          </Card>
        </div>
        <div className="detail-grid__side">
          <RequestAbout request={request} />
        </div>
      </div>
    </>
  );
}

function RequestAbout({ request }: { request: Request }) {
  const person = (
    <Link className="link" to={`/people/${request.collaboratorId}`}>
      {request.collaboratorName}
    </Link>
  );
  return (
    <Card title="About">
      <dl className="facts log-facts">
        <div>
          <dt>Asked by</dt>
          <dd>{request.askedBy === 'me' ? 'You' : person}</dd>
        </div>
        <div>
          <dt>Asked of</dt>
          <dd>{request.askedBy === 'me' ? person : 'You'}</dd>
        </div>
        <div>
          <dt>Date asked</dt>
          <dd>{formatDay(request.dateAsked)}</dd>
        </div>
        <div>
          <dt>Outcome</dt>
          <dd>{REQUEST_OUTCOME_LABELS[request.outcome]}</dd>
        </div>
        <div>
          <dt>Resolved</dt>
          <dd>{request.dateResolved ? formatDay(request.dateResolved) : 'Not yet'}</dd>
        </div>
        <div>
          <dt>Project</dt>
          <dd>
            {request.projectId ? (
              <Link className="link" to={`/projects/${request.projectId}`}>
                {request.projectTitle}
              </Link>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Whose need</dt>
          <dd>{request.askedBy === 'me' ? 'Yours' : 'Theirs'}</dd>
        </div>
        <div>
          <dt>Logged</dt>
          <dd>{formatAgo(request.createdAt)}</dd>
        </div>
      </dl>
    </Card>
  );
}
