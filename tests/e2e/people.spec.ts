import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { PeoplePage } from './pages/PeoplePage';
import { ProjectDetailPage } from './pages/ProjectDetailPage';
import { ProjectsPage } from './pages/ProjectsPage';

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
  await expect(page.getByRole('heading', { name: 'No one on it yet' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No one on it yet' })).toBeVisible();

  await shell.goTo('People');
  await people.list.getByRole('link', { name: 'Mira Chen' }).click();
  await expect(page.getByRole('heading', { name: 'Mira Chen is not on any project yet' })).toBeVisible();
});
