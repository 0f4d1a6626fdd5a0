/** The Dashboard's brief look at the latest self-assessment: the bars, the day, and the way to the whole of it. */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useCall } from '../../api/hooks';
import { Card } from '../Card';
import { ProfileChart } from './ProfileChart';
import { completedDay } from './selfAssessmentWords';
import './LatestProfile.css';

/**
 * Until there is a completed one, `fallback` (the first run's invitation) or nothing; nothing while
 * it loads or if it cannot: it is a glance, not the page.
 */
export function LatestProfile({ fallback = null }: { fallback?: ReactNode }) {
  const latest = useCall('selfAssessments.list', { limit: 1 });
  if (!latest.data) return null;
  const result = latest.data.items[0];
  if (!result) return <>{fallback}</>;
  return (
    <Card
      title="How you see yourself"
      className="latest-profile"
      actions={
        <Link className="link link--quiet" to={`/self-assessment/${result.id}`}>
          Your self-assessment
        </Link>
      }
    >
      <p className="latest-profile__when">
        From your self-assessment of {completedDay(result.completedAt)}.{' '}
        <Link className="link" to="/self-assessment/take">
          Retake
        </Link>
      </p>
      <ProfileChart scores={result.scores} compact />
    </Card>
  );
}
