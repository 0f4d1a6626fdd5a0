/** The Dashboard's check-ins: who is overdue, then who is due this week, each with why; the rest on the Check-ins page. */
import type { QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { checkInOffers } from '../../../../shared/checkInOffers';
import type { PatternReport } from '../../../../shared/entities/patterns';
import { call } from '../../api/client';
import { PREFETCH_FRESH_MS, prefetchCall, queryKeyOf, useCall } from '../../api/hooks';
import { plural } from '../../format';
import { Card } from '../Card';
import { EmptyLine } from '../EmptyLine';
import { ErrorNotice } from '../StatusViews';
import { CheckInRows } from './CheckInRows';

const SHOWN = 5;
const THIS_WEEK = 6;

/**
 * The Dashboard's question: due this week, with the offers of the report its attention cards show
 * (one engine run for the screen). Without a report (it failed) the cadences alone are shown.
 */
const dueInput = (report: PatternReport | undefined) => ({ within: THIS_WEEK, offers: report ? checkInOffers(report) : [] });

/** The Dashboard's prefetch (routes.tsx): the report, then the due check-ins with its offers. */
export function prefetchDueCheckIns(queryClient: QueryClient): void {
  const report = queryKeyOf('patterns.report', {});
  void queryClient
    .fetchQuery({ queryKey: report, queryFn: () => call('patterns.report', {}), staleTime: PREFETCH_FRESH_MS })
    .then((value) => prefetchCall(queryClient, 'checkIns.due', dueInput(value)), () => undefined);
}

export function DueCheckIns() {
  const report = useCall('patterns.report', {});
  const due = useCall('checkIns.due', dueInput(report.data), { enabled: !report.isPending });
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
