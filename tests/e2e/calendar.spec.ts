import fs from 'node:fs';
import ICAL from 'ical.js';
import { expect, test } from './fixtures';

test.use({ serverClock: '2026-03-15T12:00:00Z' });

/**
 * Settings: the calendar file downloads and reads back with Mozilla's parser; reminders are turned
 * on, refused by the browser first (with the message), then allowed, and the day's summary is shown once.
 */
test('export the calendar file, and turn the daily reminder on', async ({ page, context, server }) => {
  const sam = (await server.api('collaborators.create', { name: 'Sam', roles: ['mentor'] })) as { id: string };
  const lesson = (await server.api('lessons.plan', { collaboratorId: sam.id, date: '2026-03-15', topics: 'Voicings, drop 2' })) as { id: string };
  await server.api('checkIns.setCadence', { collaboratorId: sam.id, cadence: { every: 2, unit: 'weeks' } });
  // Record the notifications the page shows; the browser's own Notification does the rest.
  await page.addInitScript(`{
    const shown = [];
    window.shownNotifications = shown;
    window.Notification = class extends window.Notification {
      constructor(title, options) {
        super(title, options);
        shown.push(title + ': ' + (options?.body ?? ''));
      }
    };
  }`);
  await page.goto(server.appUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to your calendar (.ics)' }).click()]);
  expect(download.suggestedFilename()).toBe('counterpoint-calendar-2026-03-15.ics');
  const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(await download.path(), 'utf8')));
  const events = calendar.getAllSubcomponents('vevent').map((event) => `${String(event.getFirstPropertyValue('uid'))} ${String(event.getFirstPropertyValue('dtstart'))}`);
  expect(events).toEqual([`lesson-${lesson.id}@counterpoint 2026-03-15`, `check-in-${sam.id}@counterpoint 2026-03-15`]);
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Saved 2 events to counterpoint-calendar-2026-03-15.ics');

  const card = page.getByRole('region', { name: 'Reminders' });
  const toggle = card.getByRole('switch', { name: 'Remind me once a day' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(card.getByRole('alert')).toContainText('Your browser blocks notifications from Counterpoint, so it cannot remind you.');
  await expect(toggle).not.toBeChecked();
  expect(((await server.api('settings.get')) as { reminders: { enabled: boolean } }).reminders.enabled).toBe(false);

  await context.grantPermissions(['notifications']);
  await card.getByLabel('Quiet from').fill('22:30');
  await toggle.check();
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('never between 22:30 and 08:00');
  await expect.poll(() => page.evaluate('window.shownNotifications')).toEqual([
    'Counterpoint: 1 check-in due, 1 lesson planned today',
  ]);
  expect(((await server.api('settings.get')) as { reminders: { lastRemindedDay?: string } }).reminders.lastRemindedDay).toBe('2026-03-15');
});
