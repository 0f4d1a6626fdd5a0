import { z } from 'zod';
import { ReminderSummary } from '../reminders';
import { command, query } from './method';
import { ExportFile } from './transfer';

/**
 * The calendar file (RFC 5545) and the daily reminder (issue 12). The calendar travels like an
 * export: written into the transfer folder, then saved (Electron: export.save) or downloaded
 * (browser mode: GET /api/files/<id>).
 */
export const calendarMethods = {
  /** Planned lessons, practice due and check-ins due as an .ics file; reading only. */
  'calendar.prepare': query(z.strictObject({}), ExportFile),
  /**
   * The day's summary if a reminder is due now (reminders on, outside the quiet hours, not yet
   * shown today, something to say), and the day is then remembered; null otherwise.
   */
  'reminders.take': command(z.strictObject({}), ReminderSummary.nullable()),
};
