import { Link } from 'react-router-dom';
import type { Lesson } from '../../../../shared/entities/lesson';
import { Badge } from '../../components/Badge';
import { formatDay } from '../../format';
import { formatDuration, lessonTitle } from '../lessons/lessonWords';
import { plannedWhen } from './upcomingWords';
import { WhatHappened } from './WhatHappened';
import '../../components/surfaces/rows.css';
import './UpcomingPage.css';

/** One planned lesson: its day, who with and what about; when its day has come, what happened. */
export function PlannedRow({ lesson, today, answer }: { lesson: Lesson; today: string; answer: boolean }) {
  const passed = lesson.date < today;
  return (
    <li className="row upcoming-row">
      <div className={`upcoming-row__day${passed ? ' is-passed' : ''}`}>
        <span className="upcoming-row__when">{plannedWhen(lesson.date, today)}</span>
        <span className="upcoming-row__date">{formatDay(lesson.date)}</span>
      </div>
      <div className="row__main">
        <Link className="row__title link link--quiet" to={`/lessons/${lesson.id}`}>
          {lesson.topics}
        </Link>
        <span className="row__meta">
          {lessonTitle(lesson)} · {formatDuration(lesson.durationMin)}
          {lesson.projectTitle ? ` · ${lesson.projectTitle}` : ''}
        </span>
      </div>
      {answer ? <WhatHappened lesson={lesson} /> : <Badge tone="violet">Planned</Badge>}
    </li>
  );
}
