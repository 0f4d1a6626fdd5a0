import { Link } from 'react-router-dom';
import type { PracticeEntry } from '../../../../shared/entities/lesson';
import { formatDay } from '../../format';
import { lessonTitle } from './lessonWords';

/** Beside a practice item in a list across lessons: the lesson it came from, as a link. */
export function PracticeFrom({ item }: { item: PracticeEntry }) {
  return (
    <Link className="link link--quiet" to={`/lessons/${item.lesson.id}`}>
      {lessonTitle({ userRole: item.lesson.userRole, collaboratorName: item.collaboratorName })} · {formatDay(item.lesson.date)}
    </Link>
  );
}
