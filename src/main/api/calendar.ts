import fs from 'node:fs';
import type { calendarMethods } from '../../shared/contract/calendar';
import { hasReminders, shouldRemind } from '../../shared/reminders';
import { calendarEvents, reminderSummary } from '../transfer/calendarEvents';
import { calendarFile } from '../transfer/calendarFile';
import { writeTransferFile } from '../transfer/transferFolder';
import type { HandlersFor } from './context';

export const calendarHandlers: HandlersFor<typeof calendarMethods> = {
  'calendar.prepare': async (_input, ctx) => {
    const events = calendarEvents(ctx.db, ctx.today, ctx.at);
    const { id, file } = await writeTransferFile(ctx.host.info().dataDir, 'ics', (unfinished) =>
      fs.promises.writeFile(unfinished, calendarFile(events, ctx.at), { flag: 'wx' }),
    );
    return { file: id, name: `counterpoint-calendar-${ctx.today}.ics`, records: events.length, bytes: fs.statSync(file).size };
  },
  'reminders.take': (_input, ctx) => {
    // The sample's people are made up: it never reminds, and the user's own day is not taken by it.
    if (ctx.host.library?.kind === 'sample') return null;
    const rules = ctx.settings.get().reminders;
    const now = new Date(ctx.at);
    if (!shouldRemind(rules, { today: ctx.today, minuteOfDay: now.getHours() * 60 + now.getMinutes() })) return null;
    const summary = reminderSummary(ctx.db, ctx.today);
    if (!hasReminders(summary)) return null;
    ctx.settings.update({ reminders: { lastRemindedDay: ctx.today } });
    return summary;
  },
};
