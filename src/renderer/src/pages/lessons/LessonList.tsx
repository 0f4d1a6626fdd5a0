import { Link } from 'react-router-dom';
import { LESSON_ROLES, type Lesson, type LessonRole } from '../../../../shared/entities/lesson';
import { oneLine } from '../../../../shared/entities/timeline';
import { useCall } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { Button, ButtonLink } from '../../components/Button';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { Toggle } from '../../components/Toggle';
import { ConfidenceMeter } from '../../components/log/ConfidenceScale';
import { LoadMore } from '../../components/log/LoadMore';
import { LogFilterPanel } from '../../components/log/LogFilterPanel';
import { useEnumFilter, useLogFilters } from '../../components/log/useLogFilters';
import { usePagedList } from '../../components/log/usePagedList';
import { TOOLTIP_CHARS, formatDay, plural } from '../../format';
import { LessonTabs } from './LessonTabs';
import { formatDuration, lessonTitle } from './lessonWords';

const ROLE_FILTER_LABELS: Record<LessonRole, string> = { learner: 'Learning', teacher: 'Teaching', peers: 'Peers' };

const ROLE_CHOICES = [
  { value: 'all' as const, label: 'All' },
  ...LESSON_ROLES.map((value) => ({ value, label: ROLE_FILTER_LABELS[value] })),
];

/** Every lesson, newest first, filtered by role, person, project and dates (kept in the address). */
export function LessonList() {
  const filters = useLogFilters();
  const [role, setRole] = useEnumFilter('role', LESSON_ROLES);
  const { query, items, total } = usePagedList('lessons.list', {
    ...filters.input,
    ...(role === 'all' ? {} : { role }),
  });
  const practice = useCall('practice.list', { limit: 1 });
  const filtered = role !== 'all' || filters.narrowed || filters.showDeleted;

  return (
    <>
      <PageHeader
        title="Lessons"
        subtitle={
          total === undefined || (total === 0 && !filtered)
            ? 'Lessons you take and teach, and how close you are to doing it alone.'
            : filtered
              ? `${plural(total, 'lesson')} match these filters`
              : `${plural(total, 'lesson')} · what you learn and teach, and how close you are to doing it alone`
        }
        actions={
          <ButtonLink to="/lessons/new" variant="primary" icon={<Icon name="plus" />}>
            Log a lesson
          </ButtonLink>
        }
      />
      <LessonTabs openPractice={practice.data?.total} />
      <div className="toolbar">
        <ChoiceGroup legend="Your role" hideLegend choices={ROLE_CHOICES} value={role} onChange={setRole} />
        <Toggle label="Show deleted" checked={filters.showDeleted} onChange={filters.setShowDeleted} />
      </div>
      <LogFilterPanel label="Filter lessons" filters={filters} ownActive={role !== 'all'} />
      {query.isPending ? (
        <Loading label="Loading lessons…" />
      ) : query.isError ? (
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        filtered ? (
          <EmptyState icon="lessons" title="No lessons match" action={<Button onClick={filters.clearAll}>Clear filters</Button>}>
            <p>Nothing here fits every filter at once. Clear them to see all your lessons.</p>
          </EmptyState>
        ) : (
          <EmptyState
            icon="lessons"
            title="No lessons yet"
            action={
              <ButtonLink to="/lessons/new" variant="primary" icon={<Icon name="plus" />}>
                Log a lesson
              </ButtonLink>
            }
          >
            <p>
              Log Tuesday’s guitar lesson — topics, takeaways, what to practise — and how sure you feel to do it alone.
              Lessons you teach and skill swaps with peers count too.
            </p>
          </EmptyState>
        )
      ) : (
        <>
          <ul className="rows log-rows" aria-label="Lessons">
            {items.map((lesson) => (
              <LessonRow key={lesson.id} lesson={lesson} />
            ))}
          </ul>
          <LoadMore
            shown={items.length}
            total={total ?? items.length}
            noun={['lesson', 'lessons']}
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            onMore={() => void query.fetchNextPage()}
          />
        </>
      )}
    </>
  );
}

function LessonRow({ lesson }: { lesson: Lesson }) {
  const practiceCount = lesson.practice.length;
  return (
    <li className={`row log-row${lesson.deletedAt ? ' row--archived' : ''}`}>
      <span className={`lesson-mark lesson-mark--${lesson.userRole}`} aria-hidden="true">
        <Icon name="lessons" size={13} />
      </span>
      <div className="row__main">
        <Link className="row__title stretched-link" to={`/lessons/${lesson.id}`} title={oneLine(lesson.topics, TOOLTIP_CHARS)}>
          {oneLine(lesson.topics, 110)}
        </Link>
        <div className="row__meta">
          <span className="log-row__lead">{lessonTitle(lesson)}</span>
          <span className="dot-sep" aria-hidden="true" />
          <span>{formatDuration(lesson.durationMin)}</span>
          {lesson.projectTitle && (
            <>
              <span className="dot-sep" aria-hidden="true" />
              <span>{lesson.projectTitle}</span>
            </>
          )}
          {practiceCount > 0 && (
            <>
              <span className="dot-sep" aria-hidden="true" />
              <span>
                Practice {lesson.practiceDone}/{practiceCount}
              </span>
            </>
          )}
        </div>
      </div>
      <div className="row__side">
        {lesson.deletedAt ? <Badge tone="red">Deleted</Badge> : <ConfidenceMeter level={lesson.confidence} look="short" />}
        <span className="row__date">{formatDay(lesson.date)}</span>
      </div>
    </li>
  );
}
