import { daysBetween } from '../../components/log/dates';

/** The new-lesson page, opened on "Plan a lesson". */
export const PLAN_LESSON_HREF = '/lessons/new?plan=1';

/** A planned lesson's day from today: "Today", "Tomorrow", "In 5 days", "5 days ago", "Yesterday". */
export function plannedWhen(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'Today';
  if (days === 1) return 'Tomorrow';
  if (days === -1) return 'Yesterday';
  return days > 0 ? `In ${days} days` : `${-days} days ago`;
}
