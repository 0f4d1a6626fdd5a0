import { expect, test } from './fixtures';
import { addPerson, addProject, logEntry } from './logSeed';
import { localDay } from './pages/LogNav';
import { RecentlyDeletedPage } from './pages/RecentlyDeletedPage';
import { TimelinePanel } from './pages/TimelinePanel';

/**
 * Deleting, from a person's timeline to Recently deleted: back on the timeline after a delete (and
 * the entry not drawn there again, not even for a moment), Restore from the bin, and Delete for ever
 * only through its confirmation.
 */
test('an entry deleted from a timeline goes back there; Recently deleted restores one and deletes another for ever', async ({ page, server, appUrl }) => {
  const ada = await addPerson(server, 'Ada Okafor', ['peer']);
  const project = await addProject(server, 'Night Songs EP');
  const critique = await logEntry(server, 'feedback.create', {
    direction: 'received', collaboratorId: ada, projectId: project, kind: 'critique', body: 'The bridge drags; cut four bars.', date: localDay(-2),
  });
  await logEntry(server, 'requests.create', { askedBy: 'me', collaboratorId: ada, what: 'Lend me the ribbon mic', dateAsked: localDay(-1) });
  const timeline = new TimelinePanel(page);
  const bin = new RecentlyDeletedPage(page);

  await page.goto(`${appUrl}#/people/${ada}`);
  await expect(timeline.row('The bridge drags')).toBeVisible();
  // Watch every change of the page from here on: the deleted row must never be drawn on the timeline again.
  // (A script as text: the test's TypeScript knows no DOM.)
  await page.evaluate(`{
    window.seenAgain = false;
    new MutationObserver(() => {
      if (location.hash.startsWith('#/people/') && document.querySelector('[data-entry="feedback:${critique}"]')) window.seenAgain = true;
    }).observe(document.body, { subtree: true, childList: true });
  }`);
  await timeline.row('The bridge drags').getByRole('link').click();
  await expect(bin.nav.heading).toHaveText('Critique from Ada Okafor');
  await expect(page.getByRole('link', { name: 'Ada Okafor' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();

  await expect(bin.nav.heading).toHaveText('Ada Okafor');
  await expect(bin.nav.toasts).toContainText('Feedback deleted.');
  await expect(timeline.row('Lend me the ribbon mic')).toBeVisible();
  await expect(timeline.row('The bridge drags')).toHaveCount(0);
  expect(await page.evaluate('window.seenAgain')).toBe(false);

  // The request goes to the bin too; both wait in Recently deleted, newest deletion first.
  await timeline.row('Lend me the ribbon mic').getByRole('link').click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(bin.nav.heading).toHaveText('Ada Okafor');
  await bin.open();
  await expect(bin.nav.heading).toHaveText('Recently deleted');
  await expect(bin.list.getByRole('listitem')).toHaveCount(2);
  await expect(bin.list.getByRole('listitem').first()).toContainText('Lend me the ribbon mic');
  await expect(bin.row('The bridge drags')).toContainText('with Ada Okafor');
  await expect(bin.row('The bridge drags')).toContainText('Night Songs EP');

  await bin.restore('The bridge drags; cut four bars.').click();
  await expect(bin.nav.toasts).toContainText('Feedback restored.');
  await expect(bin.row('The bridge drags')).toHaveCount(0);
  // Focus moves to the row that took its place, so the keyboard stays in the list.
  await expect(bin.row('Lend me the ribbon mic').getByRole('link')).toBeFocused();

  // Nothing goes for ever without the confirmation; Cancel (focused first) keeps it.
  await bin.deleteForever('Lend me the ribbon mic').click();
  await expect(bin.confirmation).toContainText('Lend me the ribbon mic');
  await expect(bin.confirmation).toContainText('This cannot be undone');
  await expect(bin.confirmation.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(bin.confirmation).toHaveCount(0);
  await expect(bin.row('Lend me the ribbon mic')).toBeVisible();
  await bin.deleteForever('Lend me the ribbon mic').click();
  await bin.confirmation.getByRole('button', { name: 'Delete for ever' }).click();
  await expect(bin.nav.toasts).toContainText('Request deleted for ever.');
  await expect(page.getByRole('heading', { name: 'Nothing deleted' })).toBeVisible();

  // The restored feedback is back on the timeline; the request is gone from everywhere.
  await page.goto(`${server.origin}/#/people/${ada}`);
  await expect(timeline.row('The bridge drags')).toBeVisible();
  await expect(timeline.row('Lend me the ribbon mic')).toHaveCount(0);
});
