import { formatDay } from '../../format';

/**
 * Calendar days for the log's forms. The main process judges "not in the future" by the
 * user's local day, so the forms default to that day too, never to UTC's.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Today on this computer's calendar, 'YYYY-MM-DD'. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A deadline in words: "Overdue by 3 days", "Due today", "Due tomorrow", "Due in 5 days", "Due 14 Apr 2026". */
export function dueLabel(dueDate: string, today: string = todayIso()): string {
  const days = daysBetween(today, dueDate);
  if (days < 0) return `Overdue by ${-days === 1 ? 'a day' : `${-days} days`}`;
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  if (days <= 14) return `Due in ${days} days`;
  return `Due ${formatDay(dueDate)}`;
}
