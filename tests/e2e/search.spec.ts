import { expect, test } from './fixtures';
import { addPerson, addProject, logEntry } from './logSeed';
import { AppShell } from './pages/AppShell';
import { SearchDialog } from './pages/SearchDialog';

test('search from the keyboard: Ctrl+K, a prefix without its accent, arrows, Enter lands on the entry', async ({ page, server, appUrl }) => {
  const shell = new AppShell(page);
  const search = new SearchDialog(page);
  const tomas = await addPerson(server, 'Tomás Ortega', ['mentor']);
  const album = await addProject(server, 'Harbour Lights');
  await logEntry(server, 'feedback.create', {
    direction: 'received',
    collaboratorId: tomas,
    projectId: album,
    kind: 'critique',
    piece: 'Harbour demo v2',
    body: 'The bridge drags; Tomás would cut the second chorus.',
    date: '2026-03-01',
  });
  await logEntry(server, 'requests.create', { askedBy: 'me', collaboratorId: tomas, what: 'A second opinion on the bridge', dateAsked: '2026-03-02' });

  await page.goto(appUrl);
  await expect(shell.heading).toHaveText('Dashboard');
  const lead = page.getByRole('link', { name: 'Feedback', exact: true });
  await lead.focus();

  await search.openWithKeyboard();
  await expect(search.status).toHaveText('Type a word to find it in any entry, person or project.');
  await search.type('toma');
  await expect(search.group('People')).toContainText('Tomás Ortega');
  await expect(search.group('People').locator('mark')).toHaveText('Tomá');
  await search.expectActive('Tomás Ortega');

  // More words narrow it; the matches are marked in the entry's snippet.
  await search.box.fill('');
  await search.type('bridge tomas');
  await expect(search.group('Feedback')).toContainText('Harbour demo v2');
  await expect(search.group('Feedback').locator('mark')).toHaveText(['bridge', 'Tomás']);
  await expect(search.group('People')).toHaveCount(0);

  // Esc closes and gives focus back to where it was.
  await search.press('Escape');
  await expect(search.dialog).toBeHidden();
  await expect(lead).toBeFocused();

  // Opened again, the words are still there; the arrows move, Enter opens.
  await search.openWithKeyboard();
  await expect(search.box).toHaveValue('bridge tomas');
  await search.box.fill('');
  await search.type('brid');
  await expect(search.group('Requests')).toContainText('A second opinion on the bridge');
  await search.expectActive('Harbour demo v2');
  await search.press('ArrowDown');
  await search.expectActive('A second opinion on the bridge');
  await search.press('ArrowUp');
  await search.expectActive('Harbour demo v2');
  await search.press('Enter');
  await expect(search.dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/feedback\/[0-9a-f-]{36}$/);
  await expect(page.getByText('The bridge drags; Tomás would cut the second chorus.')).toBeVisible();
});

test('the sidebar opens search; query syntax is plain text; filters and the no-result state', async ({ page, server, appUrl }) => {
  const search = new SearchDialog(page);
  const lee = await addPerson(server, 'Lee Park');
  await addPerson(server, 'Near Or');
  await logEntry(server, 'requests.create', { askedBy: 'them', collaboratorId: lee, what: 'Mixing notes for "Night" -v2*', dateAsked: '2026-03-02' });

  await page.goto(appUrl);
  await page.getByRole('button', { name: /^Search/ }).click();
  await expect(search.dialog).toBeVisible();
  await search.type('"night" -v2*');
  await expect(search.group('Requests')).toContainText('Mixing notes for "Night" -v2*');
  await search.box.fill('NEAR(');
  await expect(search.group('People')).toContainText('Near Or');
  await search.box.fill('or');
  await expect(search.group('People')).toContainText('Near Or');

  await search.filter('People').click();
  await expect(search.filter('People')).toHaveAttribute('aria-pressed', 'true');
  await expect(search.group('Requests')).toHaveCount(0);
  await expect(search.group('People')).toContainText('Near Or');

  await search.filter('Everything').click();
  await search.dialog.getByRole('combobox', { name: 'With' }).selectOption({ label: 'Lee Park' });
  await expect(search.group('People')).toHaveCount(0);
  await search.box.fill('mix');
  await expect(search.group('Requests')).toContainText('Mixing notes');

  await search.box.fill('zzqx');
  await expect(search.status).toHaveText('Nothing matches “zzqx”. Try fewer words, or clear the filters.');
  await expect(search.results.getByRole('option')).toHaveCount(0);
});
