import { LESSON_ROLES, LESSON_STATUS_LABELS, type Lesson, type LessonRole } from '../../../../shared/entities/lesson';
import { oneLine } from '../../../../shared/entities/timeline';
import { entryHref } from '../../../../shared/kinds';
import { useCall } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Icon } from '../../components/Icon';
import { ConfidenceMeter } from '../../components/log/ConfidenceScale';
import { LogList, type LogListWords } from '../../components/log/LogList';
import { LogRow, MetaPart } from '../../components/log/LogRow';
import { ownFilters, useEnumFilter } from '../../components/log/useLogFilters';
import { TOOLTIP_CHARS } from '../../format';
import { LessonTabs } from './LessonTabs';
import { formatDuration, lessonTitle } from './lessonWords';
import '../../components/surfaces/rows.css';
import './LessonList.css';

const ROLE_FILTER_LABELS: Record<LessonRole, string> = { learner: 'Learning', teacher: 'Teaching', peers: 'Peers' };

const ROLE_CHOICES = [
  { value: 'all' as const, label: 'All' },
  ...LESSON_ROLES.map((value) => ({ value, label: ROLE_FILTER_LABELS[value] })),
];

const WORDS: LogListWords = {
  intro: 'Lessons you take and teach, and how close you are to doing it alone.',
  counted: 'what you learn and teach, and how close you are to doing it alone',
  noun: ['lesson', 'lessons'],
  loading: 'Loading lessons…',
  filterLabel: 'Filter lessons',
  listLabel: 'Lessons',
  empty: {
    title: 'No lessons yet',
    text: 'Log Tuesday’s guitar lesson — topics, takeaways, what to practise — and how sure you feel to do it alone. Lessons you teach and skill swaps with peers count too.',
  },
  noMatch: {
    title: 'No lessons match',
    text: 'Nothing here fits every filter at once. Clear them to see all your lessons.',
  },
};

/** Every lesson, newest first, filtered by role, person, project and dates (kept in the address). */
export function LessonList() {
  const [role, setRole] = useEnumFilter('role', LESSON_ROLES);
  const practice = useCall('practice.list', { limit: 1 });
  return (
    <LogList
      kind="lesson"
      icon="lessons"
      words={WORDS}
      own={ownFilters({ role })}
      lead={() => <LessonTabs openPractice={practice.data?.total} />}
      toolbar={<ChoiceGroup legend="Your role" hideLegend choices={ROLE_CHOICES} value={role} onChange={setRole} />}
      row={(lesson) => <LessonRow key={lesson.id} lesson={lesson} />}
    />
  );
}

function LessonRow({ lesson }: { lesson: Lesson }) {
  const practiceCount = lesson.practice.length;
  return (
    <LogRow
      mark={
        <span className={`lesson-mark lesson-mark--${lesson.userRole}`} aria-hidden="true">
          <Icon name="lessons" size={13} />
        </span>
      }
      href={entryHref('lesson', lesson.id)}
      title={oneLine(lesson.topics, 110)}
      tooltip={oneLine(lesson.topics, TOOLTIP_CHARS)}
      side={
        lesson.status === 'held' ? (
          <ConfidenceMeter level={lesson.confidence} look="short" />
        ) : (
          <Badge tone={lesson.status === 'planned' ? 'violet' : 'neutral'}>{LESSON_STATUS_LABELS[lesson.status]}</Badge>
        )
      }
      date={lesson.date}
    >
      <span className="log-row__lead">{lessonTitle(lesson)}</span>
      <MetaPart>{formatDuration(lesson.durationMin)}</MetaPart>
      {lesson.projectTitle && <MetaPart>{lesson.projectTitle}</MetaPart>}
      {practiceCount > 0 && (
        <MetaPart>
          Practice {lesson.practiceDone}/{practiceCount}
        </MetaPart>
      )}
    </LogRow>
  );
}
