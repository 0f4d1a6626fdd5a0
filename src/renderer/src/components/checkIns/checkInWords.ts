import { addDays } from '../../../../shared/checkIn';
import { MAX_CHECK_IN, type CheckInDue } from '../../../../shared/entities/checkIn';
import type { Invalidation } from '../../api/hooks';
import { dueLabel, todayIso } from '../log/dates';

/** What a check-in write can change: the due list, the person's page, and "recently updated people". */
export const CHECK_IN_AREAS: readonly Invalidation[] = ['checkIns', 'collaborators'];

/** The longest snooze the main process accepts: five years, as long as the longest cadence. */
export const LONGEST_SNOOZE_DAYS = MAX_CHECK_IN.days;

/** "Overdue by 3 days", "Due today", "Due in 4 days"; a finding's offer is "Suggested today". */
export function dueWords(row: CheckInDue, today: string = todayIso()): string {
  return row.source === 'finding' ? 'Suggested' : dueLabel(row.dueDate, today);
}

/** The inline check of a snooze day, the same rule as the main process's. */
export function snoozeProblem(until: string, today: string = todayIso()): string | undefined {
  if (until === '') return 'Choose the day to snooze until';
  if (until <= today) return 'Snooze until a day after today';
  if (until > addDays(today, LONGEST_SNOOZE_DAYS)) return 'Snooze at most five years ahead';
  return undefined;
}
