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

test('a call over the 2 MB limit gets a 413 the browser can read, and the app goes on', async ({ page, server, appUrl }) => {
  const shell = new AppShell(page);
  await page.goto(appUrl);
  await expect(shell.heading).toHaveText('Welcome to Counterpoint');
  // Every form keeps its text far below the limit, so the call is made as the renderer's client makes it, by hand.
  const answer = await page.evaluate(async (token) => {
    const response = await fetch('/api/projects.create', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024), medium: 'music' }),
    }).catch((error: unknown) => ({ failed: String(error) }));
    return 'failed' in response ? response : { status: response.status, body: (await response.json()) as unknown };
  }, server.token);
  expect(answer).toMatchObject({ status: 413, body: { ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('(2 MB)') } } });
  await shell.goTo('Projects');
  await expect(page.getByRole('heading', { name: 'No projects yet' })).toBeVisible();
});
