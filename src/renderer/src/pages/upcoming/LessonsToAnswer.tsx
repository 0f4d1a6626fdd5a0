/** The Dashboard's prompt: planned lessons whose day has passed, each asking what happened. Nothing when there are none. */
import { Link } from 'react-router-dom';
import { useCall } from '../../api/hooks';
import { Card } from '../../components/Card';
import { plural } from '../../format';
import { PlannedRow } from './PlannedRow';

const SHOWN = 3;

export function LessonsToAnswer() {
  const upcoming = useCall('upcoming.list', { limit: SHOWN });
  const data = upcoming.data;
  if (!data || data.unanswered.length === 0) return null;
  const total = data.totals.unanswered;
  return (
    <Card
      title="What happened?"
      flush
      className="lessons-to-answer"
      actions={
        <Link className="link link--quiet" to="/upcoming">
          {total > SHOWN ? `All ${total} on Upcoming` : 'Upcoming'}
        </Link>
      }
    >
      <p className="lessons-to-answer__lead">
        {total === 1 ? 'A planned lesson has passed its day.' : `${plural(total, 'planned lesson')} have passed their day.`} Only a held
        lesson counts in Give &amp; take and the patterns.
      </p>
      <ul className="rows rows--inset" aria-label="Lessons to answer for">
        {data.unanswered.map((lesson) => (
          <PlannedRow key={lesson.id} lesson={lesson} today={data.today} answer />
        ))}
      </ul>
    </Card>
  );
}
