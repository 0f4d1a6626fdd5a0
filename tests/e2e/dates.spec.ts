import { expect, test } from './fixtures';
import { addPerson, dayOf, logEntry } from './logSeed';
import { TimelinePanel } from './pages/TimelinePanel';

/**
 * One day reads the same everywhere (issue 10, point 8): a feedback's day in the Feedback list, on
 * its person's timeline (and a request resolved that day), on its own page, and its project's start on the project's page, all in the
 * browser's locale as Intl writes it.
 */
test('the same day is written the same way on every page, in the locale', async ({ page, server }) => {
  const day = dayOf(334);
  const person = await addPerson(server, 'Ada Okafor');
  const project = await logEntry(server, 'projects.create', { title: 'Night Songs', medium: 'music', status: 'active', startDate: day });
  const feedback = await logEntry(server, 'feedback.create', {
    direction: 'received', collaboratorId: person, projectId: project, kind: 'critique', date: day, body: 'Lift the chorus vocal.',
  });
  await logEntry(server, 'requests.create', {
    askedBy: 'me', collaboratorId: person, what: 'Review the mix', dateAsked: dayOf(330), outcome: 'met', dateResolved: day,
  });
  await page.goto(server.appUrl);
  // How this browser's locale writes the day (page-side code as a string: the tests' tsconfig has no DOM types).
  const written = await page.evaluate<string>(
    `new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date('${day}T00:00:00Z'))`,
  );

  await page.evaluate(`window.location.hash = '#/feedback'`);
  await expect(page.getByRole('listitem').filter({ hasText: 'Lift the chorus vocal.' }).locator('.row__date')).toHaveText(written);

  await page.evaluate(`window.location.hash = '#/people/${person}'`);
  const timeline = new TimelinePanel(page);
  await expect(timeline.row('Lift the chorus vocal.').locator('time')).toHaveText(written);
  await expect(timeline.row('Review the mix')).toContainText(`Resolved ${written}`);

  await page.evaluate(`window.location.hash = '#/feedback/${feedback}'`);
  await expect(page.getByText(`Received ${written}`)).toBeVisible();

  await page.evaluate(`window.location.hash = '#/projects/${project}'`);
  await expect(page.getByRole('definition').filter({ hasText: written }).first()).toHaveText(written);
});
