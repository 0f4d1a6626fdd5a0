import { expect, test } from './fixtures';
import { addPerson, logEntry } from './logSeed';
import { AppShell } from './pages/AppShell';
import { QuickCaptureDialog } from './pages/QuickCaptureDialog';

/** Monday 16 March 2026, mid-morning, for the API and for the page: both agree on "today". */
const NOW = '2026-03-16T10:00:00Z';
test.use({ serverClock: NOW });

test('a cadence set on a person makes them due; logging with them from the due list, or snoozing, takes them off it', async ({
  page,
  server,
  appUrl,
}) => {
  const shell = new AppShell(page);
  const capture = new QuickCaptureDialog(page);
  const ada = await addPerson(server, 'Ada Okafor', ['mentor']);
  const ben = await addPerson(server, 'Ben Ito', ['peer']);
  await logEntry(server, 'feedback.create', { direction: 'received', collaboratorId: ada, kind: 'critique', body: 'Too busy', date: '2026-02-02' });
  await logEntry(server, 'help.create', { direction: 'given', collaboratorId: ben, benefit: 'growth', date: '2026-02-20' });
  await server.api('checkIns.setCadence', { collaboratorId: ben, cadence: { every: 2, unit: 'weeks' } });

  await page.clock.install({ time: new Date(NOW) });
  await page.goto(`${appUrl}#/people/${ada}`);
  const card = page.getByRole('region', { name: 'Check-ins' });
  await expect(card).toContainText('Never: no check-ins planned.');
  // A fractional cadence is refused beside the field, nothing saved; a whole one is taken.
  const every = card.getByRole('spinbutton', { name: 'Check in every' });
  await every.fill('1.5');
  await card.getByRole('button', { name: 'Plan check-ins' }).click();
  await expect(every).toHaveAccessibleDescription('Use a whole number');
  await every.fill('4');
  await card.getByRole('combobox', { name: 'Unit' }).selectOption('weeks');
  await card.getByRole('button', { name: 'Plan check-ins' }).click();
  await expect(card).toContainText('Overdue by 14 days');

  await shell.goTo('Dashboard');
  const due = page.getByRole('list', { name: 'Check-ins due' });
  await expect(due.getByRole('listitem')).toHaveCount(2);
  const adaRow = due.getByRole('listitem', { name: 'Ada Okafor' });
  await expect(adaRow).toContainText('Overdue by 14 days');
  await expect(adaRow).toContainText('Last contact 6 weeks ago; you asked for every 4 weeks.');
  await expect(due.getByRole('listitem', { name: 'Ben Ito' })).toContainText('Overdue by 10 days');

  // Log from the keyboard: the quick log opens with Ada chosen.
  await adaRow.getByRole('button', { name: 'Log with Ada Okafor' }).focus();
  await page.keyboard.press('Enter');
  await expect(capture.dialog).toBeVisible();
  await expect(capture.person).toHaveValue('Ada Okafor');
  await capture.chooseKind('Feedback');
  await capture.press('Tab', 'Tab');
  await expect(capture.dialog.getByRole('textbox', { name: 'What was said' })).toBeFocused();
  await capture.type('Caught up over coffee');
  await capture.press('ControlOrMeta+Enter');
  await expect(capture.dialog).toBeHidden();
  await expect(adaRow).toBeHidden();

  // Snooze Ben: a day in the past is refused in place; a day after today takes him off the list.
  await due.getByRole('button', { name: 'Snooze Ben Ito' }).click();
  const snooze = page.getByRole('dialog', { name: 'Snooze Ben Ito' });
  const until = snooze.getByLabel('Snooze until');
  await until.fill('2026-03-10');
  await snooze.getByRole('button', { name: 'Snooze', exact: true }).click();
  await expect(until).toHaveAccessibleDescription(/^Snooze until a day after today/);
  await until.fill('2026-03-23');
  await snooze.getByRole('button', { name: 'Snooze', exact: true }).click();
  await expect(snooze).toBeHidden();
  await expect(shell.toasts).toContainText('Ben Ito snoozed until');
  await expect(page.getByRole('region', { name: 'Check-ins due' })).toContainText('No one is due for a check-in this week');

  // The full list still knows them: Ben comes back on the snooze day, Ada four weeks after today's log.
  await page.getByRole('link', { name: 'Check-ins', exact: true }).first().click();
  const comingUp = page.getByRole('list', { name: 'Coming up' });
  await expect(page.getByRole('region', { name: 'Due this week' })).toContainText('Nobody is due this week');
  await expect(comingUp.getByRole('listitem', { name: 'Ben Ito' })).toContainText('Due in 7 days');
  await expect(comingUp.getByRole('listitem', { name: 'Ada Okafor' })).toContainText('Last contact today; you asked for every 4 weeks.');
});
