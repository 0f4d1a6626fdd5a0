/** The Dashboard's check-ins: who is overdue, then who is due this week, each with why; the rest on the Check-ins page. */
import { Link } from 'react-router-dom';
import { useCall } from '../../api/hooks';
import { plural } from '../../format';
import { Card } from '../Card';
import { EmptyLine } from '../EmptyLine';
import { ErrorNotice } from '../StatusViews';
import { CheckInRows } from './CheckInRows';

const SHOWN = 5;

export function DueCheckIns() {
  const due = useCall('checkIns.due', { within: 6 });
  if (due.isPending) return null;
  if (due.isError) return <ErrorNotice error={due.error} title="Check-ins could not be loaded" onRetry={() => void due.refetch()} />;
  const rows = due.data;
  const more = rows.length - SHOWN;
  return (
    <Card
      title="Check-ins due"
      flush
      className="due-check-ins"
      actions={
        <Link className="link link--quiet" to="/check-ins">
          {more > 0 ? `All ${rows.length} check-ins` : 'All check-ins'}
        </Link>
      }
    >
      {rows.length === 0 ? (
        <EmptyLine
          action={
            <Link className="link" to="/check-ins">
              How check-ins work
            </Link>
          }
        >
          No one is due for a check-in this week
        </EmptyLine>
      ) : (
        <>
          <CheckInRows rows={rows.slice(0, SHOWN)} label="Check-ins due" />
          {more > 0 && (
            <p className="check-in-more">
              <Link className="link" to="/check-ins">
                {plural(more, 'more check-in')} due this week
              </Link>
            </p>
          )}
        </>
      )}
    </Card>
  );
}
