import { expect, test } from './fixtures';
import { addPerson, addProject, logEntry } from './logSeed';
import { AppShell } from './pages/AppShell';
import { PeoplePage } from './pages/PeoplePage';
import { ProjectDetailPage } from './pages/ProjectDetailPage';
import { ProjectsPage } from './pages/ProjectsPage';
import { TimelinePanel } from './pages/TimelinePanel';

test('people can be filtered by role, archived with Undo, found under Show archived and restored', async ({ page, appUrl }) => {
  const shell = new AppShell(page);
  const people = new PeoplePage(page);

  await page.goto(appUrl);
  await shell.goTo('People');
  await people.create({ name: 'Ada Okafor', roles: ['Mentor'] });
  await shell.goTo('People');
  await people.create({ name: 'Sam Reyes', roles: ['Peer', 'Co-creator'] });
  await shell.goTo('People');

  await page.getByRole('group', { name: 'Filter by role' }).getByRole('radio', { name: 'Mentor' }).check();
  await expect(people.row('Ada Okafor')).toBeVisible();
  await expect(people.row('Sam Reyes')).toHaveCount(0);
  await page.getByRole('group', { name: 'Filter by role' }).getByRole('radio', { name: 'Critic' }).check();
  await expect(page.getByRole('heading', { name: 'No one is a critic yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Show everyone' }).click();
  await expect(people.list.getByRole('listitem')).toHaveCount(2);

  await people.list.getByRole('link', { name: 'Sam Reyes' }).click();
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(page.getByText('Hidden from your lists and read-only.')).toBeVisible();
  await shell.undo();
  await expect(page.getByRole('button', { name: 'Archive', exact: true })).toBeVisible();
  await expect(page.getByText('Hidden from your lists and read-only.')).toBeHidden();

  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await shell.goTo('People');
  await expect(people.row('Sam Reyes')).toHaveCount(0);
  await page.getByRole('switch', { name: 'Show archived' }).check();
  await expect(people.row('Sam Reyes')).toContainText('Archived');
  await people.list.getByRole('link', { name: 'Sam Reyes' }).click();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Archive', exact: true })).toBeVisible();

  await page.reload();
  await shell.goTo('People');
  await expect(people.row('Sam Reyes')).not.toContainText('Archived');
});

test('removing someone from a project asks first, and they stay in People', async ({ page, appUrl }) => {
  const shell = new AppShell(page);
  const people = new PeoplePage(page);
  const projects = new ProjectsPage(page);
  const project = new ProjectDetailPage(page);

  await page.goto(appUrl);
  await shell.goTo('People');
  await people.create({ name: 'Mira Chen', roles: ['Critic'] });
  await shell.goTo('Projects');
  await projects.create({ title: 'Harbour Studies', medium: 'Painting' });
  await project.addMember('Mira Chen', 'first viewer');

  // Cancelling the confirmation keeps her on the project.
  await page.getByRole('button', { name: 'Remove Mira Chen from this project' }).click();
  await page.getByRole('dialog', { name: 'Remove Mira Chen?' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(project.member('Mira Chen')).toBeVisible();

  await project.removeMember('Mira Chen');
  await expect(page.getByText('No one on it yet')).toBeVisible();
  // The People tab is in the address: a reload stays on it.
  await page.reload();
  await expect(page.getByText('No one on it yet')).toBeVisible();

  await shell.goTo('People');
  await people.list.getByRole('link', { name: 'Mira Chen' }).click();
  await people.tabs.show('Projects');
  await expect(people.tabs.tab('Projects')).toHaveAccessibleName('Projects 0');
  await expect(page.getByText('No shared projects yet')).toBeVisible();
});

test('a person’s page opens on the timeline; its tabs work from the keyboard and stay in the address', async ({ page, server, appUrl }) => {
  const people = new PeoplePage(page);
  const anna = await addPerson(server, 'Anna Kowalski', ['peer']);
  await logEntry(server, 'feedback.create', { direction: 'received', collaboratorId: anna, kind: 'critique', body: 'The bridge drags.' });

  await page.goto(`${appUrl}#/people/${anna}`);
  await expect(people.tabs.tab('Timeline')).toHaveAttribute('aria-selected', 'true');
  await expect(new TimelinePanel(page).row('The bridge drags.')).toBeVisible();

  await people.tabs.tab('Timeline').focus();
  await page.keyboard.press('ArrowRight');
  await expect(people.tabs.tab('Balance')).toBeFocused();
  await expect(people.tabs.tab('Balance')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').getByRole('region', { name: 'Balance', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\?tab=balance$/);
  await page.keyboard.press('End');
  await expect(people.tabs.tab('Projects')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(people.tabs.tab('Timeline')).toHaveAttribute('aria-selected', 'true');
  await expect(page).not.toHaveURL(/tab=/);
  await page.keyboard.press('ArrowLeft');
  await expect(people.tabs.tab('Projects')).toHaveAttribute('aria-selected', 'true');

  // Reload, and Back from another page, keep the tab.
  await page.reload();
  await expect(people.tabs.tab('Projects')).toHaveAttribute('aria-selected', 'true');
  await new AppShell(page).goTo('People');
  await page.goBack();
  await expect(people.tabs.tab('Projects')).toHaveAttribute('aria-selected', 'true');
});

test('a project offers the people in its log who are not on it, and Add puts them on it with a role', async ({ page, server, appUrl }) => {
  const project = new ProjectDetailPage(page);
  const anna = await addPerson(server, 'Anna Kowalski');
  const tidewater = await addProject(server, 'Tidewater');
  for (const body of ['The bridge drags.', 'The hook lands.']) {
    await logEntry(server, 'feedback.create', { direction: 'received', collaboratorId: anna, projectId: tidewater, kind: 'critique', body });
  }
  await logEntry(server, 'requests.create', { askedBy: 'me', collaboratorId: anna, projectId: tidewater, what: 'A listen to the new mix' });

  await page.goto(`${appUrl}#/projects/${tidewater}`);
  await project.showPeople();
  await expect(page.getByText('No one on it yet')).toBeVisible();
  const inLog = page.getByRole('list', { name: 'Appear in this project’s log' });
  await expect(inLog.getByRole('listitem')).toHaveCount(1);
  await expect(inLog.getByRole('listitem')).toContainText('Anna Kowalski');
  await expect(inLog.getByRole('listitem')).toContainText('3 entries: 2 feedback, 1 request');

  await inLog.getByRole('button', { name: 'Add Anna Kowalski to this project' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person to this project' });
  await expect(dialog.getByLabel('Person')).toHaveValue(anna);
  await expect(dialog.getByLabel('Role on the project')).toBeFocused();
  await page.keyboard.type('cover art');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(project.member('Anna Kowalski')).toContainText('cover art');
  await expect(inLog).toHaveCount(0);
  await expect(project.tabs.tab('People')).toHaveAccessibleName('People 1');
});
