import { expect, test } from './fixtures';
import { addPerson } from './logSeed';
import { AppShell } from './pages/AppShell';
import { LedgerPage } from './pages/LedgerPage';
import { LessonPages } from './pages/LessonPages';
import { TimelinePanel } from './pages/TimelinePanel';

/** Monday 16 March 2026 for the API and the page; the lesson is planned for Wednesday the 18th. */
const NOW = '2026-03-16T10:00:00Z';
/** Thursday the 19th: the lesson's day has passed. */
const LATER = '2026-03-19T10:00:00Z';
test.use({ serverClock: NOW });

test('a lesson planned ahead shows on Upcoming, and once its day has passed, marked held, it is in the timeline and Give & take', async ({
  page,
  server,
  appUrl,
}) => {
  const shell = new AppShell(page);
  const lessons = new LessonPages(page);
  const ada = await addPerson(server, 'Ada Okafor', ['peer']);

  await page.clock.install({ time: new Date(NOW) });
  await page.goto(`${appUrl}#/upcoming`);
  await expect(shell.heading).toHaveText('Upcoming');
  await expect(page.getByRole('heading', { name: 'Nothing upcoming' })).toBeVisible();
  await page.getByRole('link', { name: 'Plan a lesson' }).first().click();
  const form = lessons.form;
  await expect(form.getByRole('radio', { name: 'Plan a lesson' })).toBeChecked();
  await form.getByLabel('Person').selectOption({ label: 'Ada Okafor' });
  await form.getByRole('radio', { name: 'I was the teacher' }).check();
  await form.getByLabel('Topics').fill('Voice leading in the bridge');
  // A planned lesson in the past is refused beside the day, nothing saved.
  await form.getByLabel('Date').fill('2026-03-10');
  await form.getByRole('button', { name: 'Plan lesson' }).click();
  await expect(form.getByLabel('Date')).toHaveAccessibleDescription(/^A planned lesson is for today or a later day/);
  await form.getByLabel('Date').fill('2026-03-18');
  await form.getByRole('button', { name: 'Plan lesson' }).click();
  await expect(shell.heading).toHaveText('Taught Ada Okafor');
  await expect(page.getByText('Planned · In 2 days')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Upcoming', exact: true }).click();
  const planned = page.getByRole('list', { name: 'Planned lessons' });
  await expect(planned.getByRole('listitem')).toHaveCount(1);
  await expect(planned).toContainText('In 2 days');
  await expect(planned).toContainText('Voice leading in the bridge');

  // Three days on, the lesson waits for an answer, on the Dashboard too.
  const laterUrl = await server.restart({ clock: LATER });
  await page.clock.setSystemTime(new Date(LATER));
  await page.goto(laterUrl);
  const prompt = page.getByRole('list', { name: 'Lessons to answer for' });
  await expect(prompt).toContainText('Voice leading in the bridge');
  await prompt.getByRole('button', { name: 'Held…' }).click();
  const held = page.getByRole('dialog', { name: 'Mark the lesson held' });
  await expect(held.getByLabel('Held on')).toHaveValue('2026-03-18');
  await held.getByLabel('Takeaways').fill('Move the inner voices by step');
  await held.getByRole('radio', { name: /^4 / }).check();
  await held.getByRole('button', { name: 'Mark held' }).click();
  await expect(held).toBeHidden();
  await expect(shell.toasts).toContainText('Lesson marked held');
  await expect(prompt).toBeHidden();

  await page.goto(`${laterUrl}#/people/${ada}`);
  const timeline = new TimelinePanel(page);
  await expect(timeline.row('Voice leading in the bridge')).toHaveCount(1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Give & take', exact: true }).click();
  const ledger = new LedgerPage(page);
  await expect(ledger.row('Voice leading in the bridge')).toHaveCount(1);
  await ledger.expectTotals(2, 0);
});
