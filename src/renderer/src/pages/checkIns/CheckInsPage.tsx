/** Check-ins: everyone due, overdue first, then this week, then what comes up later; how to plan one when there are none. */
import type { CheckInDue } from '../../../../shared/entities/checkIn';
import { useCall } from '../../api/hooks';
import { ButtonLink } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyLine } from '../../components/EmptyLine';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { PageHeader } from '../../components/PageHeader';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import { CheckInRows } from '../../components/checkIns/CheckInRows';
import './CheckInsPage.css';

/** A year ahead: far enough to show every cadence's next check-in but the longest. */
const AHEAD = 366;
const THIS_WEEK = 6;

const SUBTITLE = 'The people you mean to stay in touch with, and the ones your patterns suggest asking.';

export function CheckInsPage() {
  const due = useCall('checkIns.due', { within: AHEAD });
  if (due.isPending) return <Loading />;
  if (due.isError) return <ErrorNotice error={due.error} onRetry={() => void due.refetch()} />;
  return (
    <>
      <PageHeader title="Check-ins" subtitle={SUBTITLE} />
      {due.data.length === 0 ? <NoCheckIns /> : <CheckInSections rows={due.data} />}
    </>
  );
}

function CheckInSections({ rows }: { rows: CheckInDue[] }) {
  const overdue = rows.filter((row) => row.overdueDays > 0);
  const thisWeek = rows.filter((row) => row.overdueDays <= 0 && row.overdueDays >= -THIS_WEEK);
  const later = rows.filter((row) => row.overdueDays < -THIS_WEEK).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <div className="check-in-sections">
      {overdue.length > 0 && (
        <Card title="Overdue" flush>
          <CheckInRows rows={overdue} label="Overdue" />
        </Card>
      )}
      <Card title="Due this week" flush>
        {thisWeek.length === 0 ? (
          <EmptyLine>{overdue.length > 0 ? 'Nobody else is due this week' : 'Nobody is due this week'}</EmptyLine>
        ) : (
          <CheckInRows rows={thisWeek} label="Due this week" />
        )}
      </Card>
      {later.length > 0 && (
        <Card title="Coming up" flush>
          <CheckInRows rows={later} label="Coming up" />
        </Card>
      )}
    </div>
  );
}

function NoCheckIns() {
  return (
    <EmptyState
      icon="calendar"
      title="No check-ins planned yet"
      action={
        <ButtonLink to="/people" variant="primary" icon={<Icon name="people" />}>
          Choose a person
        </ButtonLink>
      }
    >
      <p>
        Open a person’s or a group’s page and set <strong>Check in every …</strong> to a number of days, weeks or months. When
        that long has passed since you last logged anything with them, they show up here and on the Dashboard, most overdue
        first.
      </p>
      <p>Where your patterns find you going it alone on an active project, the people on it are suggested here too.</p>
    </EmptyState>
  );
}
