/** Under a planned or cancelled lesson's header: what it is waiting for, and (while planned) what happened. */
import type { Lesson } from '../../../../shared/entities/lesson';
import { todayIso } from '../../components/log/dates';
import { formatDay } from '../../format';
import { plannedWhen } from '../upcoming/upcomingWords';
import { WhatHappened } from '../upcoming/WhatHappened';
import './PlannedLessonControls.css';

export function PlannedLessonControls({ entry: lesson }: { entry: Lesson }) {
  if (lesson.status === 'held') return null;
  if (lesson.status === 'cancelled') {
    return (
      <div className="planned-lesson" role="status">
        <p className="planned-lesson__text">
          <strong>Cancelled.</strong> It was planned for {formatDay(lesson.date)} and counts nowhere: not in Give &amp; take,
          the timeline or the patterns.
        </p>
      </div>
    );
  }
  const today = todayIso();
  const passed = lesson.date < today;
  return (
    <div className={`planned-lesson${passed ? ' is-passed' : ''}`}>
      <p className="planned-lesson__text">
        <strong>{passed ? 'What happened?' : `Planned · ${plannedWhen(lesson.date, today)}`}</strong>{' '}
        {passed
          ? `This lesson was planned for ${formatDay(lesson.date)}. Say whether it was held, cancelled or moved.`
          : 'It counts nowhere until you mark it held: then it goes into Give & take, the timeline and the patterns.'}
      </p>
      <WhatHappened lesson={lesson} size="md" />
    </div>
  );
}
