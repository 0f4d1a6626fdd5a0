import type { Invoke } from '../api/dispatch';
import { ReminderSummary, reminderText } from '../../shared/reminders';

/** How often the app asks whether the day's reminder is due: often enough to follow the end of the quiet hours closely. */
export const REMINDER_CHECK_MS = 5 * 60 * 1000;

/** The desktop's way to show a notification (Electron's Notification in index.ts); false where the system has none. */
export interface ReminderNotifier {
  supported(): boolean;
  show(title: string, body: string, onClick: () => void): void;
}

/**
 * The desktop's daily reminder: now and every few minutes, asks the API (reminders.take, which
 * decides and remembers the day) and shows its summary as a system notification; clicking it
 * brings the window up. Answers a function that stops it.
 */
export function startDailyReminder(invoke: Invoke, notifier: ReminderNotifier, reveal: () => void, every = REMINDER_CHECK_MS): () => void {
  const check = async () => {
    if (!notifier.supported()) return;
    const answer = await invoke('reminders.take', {});
    // A refusal (the sample library is read-only) or nothing due: no notification.
    if (!answer.ok || answer.value === null) return;
    const summary = ReminderSummary.parse(answer.value);
    notifier.show('Counterpoint', reminderText(summary), reveal);
  };
  const run = () => {
    check().catch((error: unknown) => console.error('[counterpoint] the daily reminder failed', error));
  };
  run();
  const timer = setInterval(run, every);
  return () => clearInterval(timer);
}
