import { Link, useNavigate, useParams } from 'react-router-dom';
import { NEED_OUTCOME_LABELS, type Need } from '../../../../shared/entities/need';
import { isNotFound } from '../../api/errors';
import { useCall } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { EditDeleteActions } from '../../components/EntryHeaderActions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { DeletedNotice } from '../../components/log/DeletedNotice';
import { NeedOutcomePill } from '../../components/log/LogPills';
import { useSoftDelete } from '../../components/log/useSoftDelete';
import { formatAgo, formatDay } from '../../format';
import { NotFound } from '../NotFound';
import { OutcomeSwitch } from './NeedOutcomeControls';
import { askedLine } from './needWords';

/** One request: who asked whom for what, its outcome (changed in one step), a note; edit, delete with Undo, restore. */
export function NeedDetail() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useCall('needs.get', { id });
  const { doDelete, doRestore, busy } = useSoftDelete('needs', 'Request');

  if (detail.isPending) return <Loading label="Loading request…" />;
  if (isNotFound(detail.error)) return <NotFound what="This request" back={{ to: '/needs', label: 'Back to requests' }} />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;

  const need = detail.data;
  const deleted = need.deletedAt !== null;
  return (
    <>
      <PageHeader
        title={need.what}
        back={{ to: '/needs', label: 'Requests' }}
        adornment={deleted ? <Badge tone="red">Deleted</Badge> : <NeedOutcomePill outcome={need.outcome} />}
        subtitle={
          <span className="meta-line">
            <span>{askedLine(need)}</span>
            <span className="dot-sep" aria-hidden="true" />
            <span>{formatDay(need.dateAsked)}</span>
            {need.projectTitle && (
              <>
                <span className="dot-sep" aria-hidden="true" />
                <span>{need.projectTitle}</span>
              </>
            )}
          </span>
        }
        actions={
          !deleted && (
            <EditDeleteActions
              editTo={`/needs/${need.id}/edit`}
              busy={busy}
              onDelete={() => doDelete(need.id, () => navigate('/needs'))}
            />
          )
        }
      />
      {need.deletedAt ? (
        <DeletedNotice deletedAt={need.deletedAt} noun="request" busy={busy} onRestore={() => doRestore(need.id)} />
      ) : (
        <OutcomeSwitch need={need} />
      )}
      <div className="detail-grid">
        <div className="detail-grid__main">
          <Card title="Note">
            {need.note ? (
              <p className="prose">{need.note}</p>
            ) : (
              <p className="muted">
                No note.{' '}
                {!deleted && (
                  <Link className="link" to={`/needs/${need.id}/edit`}>
                    Add one
                  </Link>
                )}
              </p>
            )}
          </Card>
        </div>
        <div className="detail-grid__side">
          <NeedAbout need={need} />
        </div>
      </div>
    </>
  );
}

function NeedAbout({ need }: { need: Need }) {
  const person = (
    <Link className="link" to={`/people/${need.collaboratorId}`}>
      {need.collaboratorName}
    </Link>
  );
  return (
    <Card title="About">
      <dl className="facts log-facts">
        <div>
          <dt>Asked by</dt>
          <dd>{need.askedBy === 'me' ? 'You' : person}</dd>
        </div>
        <div>
          <dt>Asked of</dt>
          <dd>{need.askedBy === 'me' ? person : 'You'}</dd>
        </div>
        <div>
          <dt>Date asked</dt>
          <dd>{formatDay(need.dateAsked)}</dd>
        </div>
        <div>
          <dt>Outcome</dt>
          <dd>{NEED_OUTCOME_LABELS[need.outcome]}</dd>
        </div>
        <div>
          <dt>Resolved</dt>
          <dd>{need.dateResolved ? formatDay(need.dateResolved) : 'Not yet'}</dd>
        </div>
        <div>
          <dt>Project</dt>
          <dd>
            {need.projectId ? (
              <Link className="link" to={`/projects/${need.projectId}`}>
                {need.projectTitle}
              </Link>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Whose need</dt>
          <dd>{need.askedBy === 'me' ? 'Yours' : 'Theirs'}</dd>
        </div>
        <div>
          <dt>Logged</dt>
          <dd>{formatAgo(need.createdAt)}</dd>
        </div>
      </dl>
    </Card>
  );
}
