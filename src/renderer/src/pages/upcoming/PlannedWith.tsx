/**
 * Above a person's timeline: the lessons planned with them. A timeline is what happened, so a
 * planned lesson is not on it until it is held; this line says what is coming.
 */
import { Link } from 'react-router-dom';
import { useCall } from '../../api/hooks';
import { Badge } from '../../components/Badge';
import { todayIso } from '../../components/log/dates';
import { formatDay } from '../../format';
import { plannedWhen } from './upcomingWords';
import './PlannedWith.css';

export function PlannedWith({ collaboratorId }: { collaboratorId: string }) {
  const planned = useCall('lessons.list', { collaboratorId, status: 'planned', limit: 20 });
  const lessons = [...(planned.data?.items ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  if (lessons.length === 0) return null;
  const today = todayIso();
  return (
    <ul className="planned-with" aria-label="Planned lessons">
      {lessons.map((lesson) => (
        <li key={lesson.id} className="planned-with__item">
          <Badge tone={lesson.date < today ? 'amber' : 'violet'}>{lesson.date < today ? 'What happened?' : 'Planned'}</Badge>
          <Link className="link planned-with__topics" to={`/lessons/${lesson.id}`}>
            {lesson.topics}
          </Link>
          <span className="planned-with__when">
            {plannedWhen(lesson.date, today)} · {formatDay(lesson.date)}
          </span>
        </li>
      ))}
    </ul>
  );
}
