import { z } from 'zod';
import { text } from './entities/text';

/**
 * The once-a-day reminder (issue 12): whether to remind now, and what the summary says. Pure, so the
 * desktop shell and browser mode ask the same question and word the answer the same way.
 */

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A time of day on a 24-hour clock, 'HH:MM'. */
export const ClockTime = (label: string) =>
  text(`${label} must be a time like 21:30`).regex(CLOCK_TIME, { message: `${label} must be a time like 21:30 (24-hour clock, 00:00 to 23:59)` });

/** Minutes since midnight of an 'HH:MM' time. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** The quiet hours: from `from` up to (not including) `until`; they cross midnight when `until` is earlier than `from`. */
export function isQuietTime(minuteOfDay: number, from: string, until: string): boolean {
  const start = minutesOf(from);
  const end = minutesOf(until);
  return start <= end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
}

export interface ReminderMoment {
  /** The user's day, 'YYYY-MM-DD'. */
  today: string;
  /** Minutes since the user's midnight. */
  minuteOfDay: number;
}

export interface ReminderRules {
  enabled: boolean;
  quietFrom: string;
  quietUntil: string;
  /** The last day a summary was shown; a restart the same day does not remind again. */
  lastRemindedDay?: string | undefined;
}

/** Whether a summary is due now: reminders on, not yet reminded today, and outside the quiet hours. */
export function shouldRemind(rules: ReminderRules, at: ReminderMoment): boolean {
  if (!rules.enabled) return false;
  if (rules.lastRemindedDay !== undefined && rules.lastRemindedDay >= at.today) return false;
  return !isQuietTime(at.minuteOfDay, rules.quietFrom, rules.quietUntil);
}

/** What the day's summary counts; the same records the calendar file holds. */
export const ReminderSummary = z.object({
  day: z.string(),
  checkInsDue: z.number().int(),
  lessonsToday: z.number().int(),
  practiceDue: z.number().int(),
});
export type ReminderSummary = z.infer<typeof ReminderSummary>;

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 check-ins due, 1 lesson planned today, 3 practice items due"; parts that are 0 are left out. */
export function reminderText(summary: ReminderSummary): string {
  return [
    summary.checkInsDue > 0 ? `${counted(summary.checkInsDue, 'check-in', 'check-ins')} due` : null,
    summary.lessonsToday > 0 ? `${counted(summary.lessonsToday, 'lesson', 'lessons')} planned today` : null,
    summary.practiceDue > 0 ? `${counted(summary.practiceDue, 'practice item', 'practice items')} due` : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

/** A summary with nothing in it is not worth a notification. */
export const hasReminders = (summary: ReminderSummary): boolean =>
  summary.checkInsDue + summary.lessonsToday + summary.practiceDue > 0;
