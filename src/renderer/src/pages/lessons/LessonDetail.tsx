import { Link, useNavigate, useParams } from 'react-router-dom';
import { LESSON_ROLE_LABELS, type Lesson } from '../../../../shared/entities/lesson';
import { isNotFound } from '../../api/errors';
import { useCall } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { Card } from '../../components/Card';
import { EditDeleteActions } from '../../components/EntryHeaderActions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { ConfidenceMeter } from '../../components/log/ConfidenceScale';
import { DeletedNotice } from '../../components/log/DeletedNotice';
import { BenefitBadge, WeightPips } from '../../components/log/LogPills';
import { PracticeCheck } from '../../components/log/PracticeCheck';
import { useSoftDelete } from '../../components/log/useSoftDelete';
import { formatAgo, formatDay } from '../../format';
import { NotFound } from '../NotFound';
import { formatDuration, lessonTitle } from './lessonWords';

/** One lesson: topics and takeaways, practice to tick off, the confidence rating, what it counts as; edit, delete with Undo, restore. */
export function LessonDetail() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const detail = useCall('lessons.get', { id });
  const { doDelete, doRestore, busy } = useSoftDelete('lessons', 'Lesson');

  if (detail.isPending) return <Loading label="Loading lesson…" />;
  if (isNotFound(detail.error)) return <NotFound what="This lesson" back={{ to: '/lessons', label: 'Back to lessons' }} />;
  if (detail.isError) return <ErrorNotice error={detail.error} onRetry={() => void detail.refetch()} />;

  const lesson = detail.data;
  const deleted = lesson.deletedAt !== null;
  return (
    <>
      <PageHeader
        title={lessonTitle(lesson)}
        back={{ to: '/lessons', label: 'Lessons' }}
        adornment={deleted ? <Badge tone="red">Deleted</Badge> : <Badge tone="blue">{LESSON_ROLE_LABELS[lesson.userRole]}</Badge>}
        subtitle={
          <span className="meta-line">
            <span>{formatDay(lesson.date)}</span>
            <span className="dot-sep" aria-hidden="true" />
            <span>{formatDuration(lesson.durationMin)}</span>
            {lesson.projectTitle && (
              <>
                <span className="dot-sep" aria-hidden="true" />
                <span>{lesson.projectTitle}</span>
              </>
            )}
          </span>
        }
        actions={
          !deleted && (
            <EditDeleteActions
              editTo={`/lessons/${lesson.id}/edit`}
              busy={busy}
              onDelete={() => doDelete(lesson.id, () => navigate('/lessons'))}
            />
          )
        }
      />
      {lesson.deletedAt && (
        <DeletedNotice deletedAt={lesson.deletedAt} noun="lesson" busy={busy} onRestore={() => doRestore(lesson.id)} />
      )}
      <div className="detail-grid">
        <div className="detail-grid__main">
          <Card title="What it was about">
            <p className="prose lesson-topics">{lesson.topics}</p>
            <div className="lesson-takeaways">
              <h3 className="lesson-takeaways__title">Takeaways</h3>
              {lesson.takeaways ? <p className="prose">{lesson.takeaways}</p> : <p className="faint">None written down.</p>}
            </div>
          </Card>
          <LessonPractice lesson={lesson} />
        </div>
        <div className="detail-grid__side">
          <LessonAbout lesson={lesson} />
        </div>
      </div>
    </>
  );
}

function LessonPractice({ lesson }: { lesson: Lesson }) {
  const count = lesson.practice.length;
  return (
    <Card
      title="Practice"
      flush
      actions={count > 0 && <span className="card__count">{`${lesson.practiceDone} of ${count} done`}</span>}
    >
      {count === 0 ? (
        <p className="card__empty">
          No practice assignments.{' '}
          {!lesson.deletedAt && (
            <Link className="link" to={`/lessons/${lesson.id}/edit`}>
              Add some
            </Link>
          )}
        </p>
      ) : (
        <ul className="practice-list" aria-label="Practice assignments">
          {lesson.practice.map((item) => (
            <li key={item.id}>
              <PracticeCheck item={item} disabled={lesson.deletedAt !== null} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function LessonAbout({ lesson }: { lesson: Lesson }) {
  return (
    <Card title="About">
      <dl className="facts log-facts">
        <div>
          <dt>With</dt>
          <dd>
            <Link className="link" to={`/people/${lesson.collaboratorId}`}>
              {lesson.collaboratorName}
            </Link>
          </dd>
        </div>
        <div>
          <dt>Your role</dt>
          <dd>{LESSON_ROLE_LABELS[lesson.userRole]}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{formatDay(lesson.date)}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{formatDuration(lesson.durationMin)}</dd>
        </div>
        <div>
          <dt>Project</dt>
          <dd>
            {lesson.projectId ? (
              <Link className="link" to={`/projects/${lesson.projectId}`}>
                {lesson.projectTitle}
              </Link>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Could do alone</dt>
          <dd>
            <ConfidenceMeter level={lesson.confidence} look="stacked" />
          </dd>
        </div>
        <div>
          <dt>Counts as</dt>
          <dd className="facts__stack">
            <span className="badge-list">
              <BenefitBadge benefit={lesson.benefit} />
            </span>
            <WeightPips weight={lesson.weight} />
            <span className="faint">
              {lesson.userRole === 'peers' ? 'Given and received' : lesson.userRole === 'teacher' ? 'Given' : 'Received'}
              {lesson.benefitOverride !== null || lesson.weightOverride !== null ? ' · changed for this lesson' : ''}
            </span>
          </dd>
        </div>
        <div>
          <dt>Logged</dt>
          <dd>{formatAgo(lesson.createdAt)}</dd>
        </div>
      </dl>
    </Card>
  );
}
