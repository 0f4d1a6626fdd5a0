import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';

test('problems are explained in words, never a blank page', async ({ page, server, appUrl }) => {
  const shell = new AppShell(page);

  await page.goto(appUrl);
  await expect(shell.heading).toHaveText('Welcome to Counterpoint');

  await page.goto(`${server.origin}/#/projects/00000000-0000-4000-8000-000000000000`);
  await expect(page.getByRole('heading', { name: "This project isn't here" })).toBeVisible();
  await page.goto(`${server.origin}/#/no/such/page`);
  await expect(page.getByRole('heading', { name: "This page isn't here" })).toBeVisible();

  await shell.goTo('Projects');
  await server.stop();
  // A filter not asked for before, so the page has to reach the (stopped) server.
  await page.getByRole('group', { name: 'Filter by status' }).getByRole('radio', { name: 'Paused' }).check();
  await expect(page.getByRole('alert')).toContainText('Counterpoint is not reachable');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});
