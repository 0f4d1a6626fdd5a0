/** A lesson's own sections on its page (kinds/lesson.tsx puts them in the entry layout). */
import { Link } from 'react-router-dom';
import { LESSON_ROLE_LABELS, LESSON_STATUS_LABELS, type Lesson } from '../../../../shared/entities/lesson';
import { editEntryHref } from '../../../../shared/kinds';
import { Card } from '../../components/Card';
import { CountsAsFact, Fact, LoggedFact, PersonLink, ProjectFact } from '../../components/entry/Facts';
import { ConfidenceMeter } from '../../components/log/ConfidenceScale';
import { PracticeCheck } from '../../components/log/PracticeCheck';
import { formatDay } from '../../format';
import { formatDuration } from './lessonWords';
import '../../components/surfaces/facts.css';
import './LessonDetail.css';

/** Topics and takeaways, then the practice to tick off. */
export function LessonMain({ entry: lesson }: { entry: Lesson }) {
  return (
    <>
      <Card title="What it was about">
        <p className="prose lesson-topics">{lesson.topics}</p>
        {lesson.status === 'held' && (
          <div className="lesson-takeaways">
            <h3 className="lesson-takeaways__title">Takeaways</h3>
            {lesson.takeaways ? <p className="prose">{lesson.takeaways}</p> : <p className="faint">None written down.</p>}
          </div>
        )}
      </Card>
      {lesson.status === 'held' && <LessonPractice lesson={lesson} />}
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
            <Link className="link" to={editEntryHref('lesson', lesson.id)}>
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

/** Who with, the role, the confidence rating and what it counts as in the ledger. */
export function LessonAbout({ entry: lesson }: { entry: Lesson }) {
  return (
    <Card title="About">
      <dl className="facts log-facts">
        <Fact term="With">
          <PersonLink id={lesson.collaboratorId} name={lesson.collaboratorName} />
        </Fact>
        <Fact term="Your role">{LESSON_ROLE_LABELS[lesson.userRole]}</Fact>
        <Fact term="Date">{formatDay(lesson.date)}</Fact>
        <Fact term="Duration">{formatDuration(lesson.durationMin)}</Fact>
        <ProjectFact entry={lesson} />
        <Fact term="Status">{LESSON_STATUS_LABELS[lesson.status]}</Fact>
        {lesson.status === 'held' && (
          <Fact term="Could do alone">
            <ConfidenceMeter level={lesson.confidence} look="stacked" />
          </Fact>
        )}
        <CountsAsFact
          benefit={lesson.benefit}
          weight={lesson.weight}
          note={
            <span className="faint">
              {lesson.userRole === 'peers' ? 'Given and received' : lesson.userRole === 'teacher' ? 'Given' : 'Received'}
              {lesson.benefitOverride !== null || lesson.weightOverride !== null ? ' · changed for this lesson' : ''}
              {lesson.status === 'planned' ? ' · once it is held' : lesson.status === 'cancelled' ? ' · had it been held' : ''}
            </span>
          }
        />
        <LoggedFact createdAt={lesson.createdAt} />
      </dl>
    </Card>
  );
}
