import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { PeoplePage } from './pages/PeoplePage';
import { ProjectDetailPage } from './pages/ProjectDetailPage';
import { ProjectsPage } from './pages/ProjectsPage';

test('a project and two people on it keep their roles, edits and archive state across a reload and a server restart', async ({
  page,
  server,
  appUrl,
}) => {
  const shell = new AppShell(page);
  const projects = new ProjectsPage(page);
  const project = new ProjectDetailPage(page);
  const people = new PeoplePage(page);

  await page.goto(appUrl);
  await expect(shell.heading).toHaveText('Welcome to Counterpoint');

  await shell.goTo('People');
  await people.create({ name: 'Ada Okafor', roles: ['Mentor', 'Critic'], notes: 'Mixing engineer, very direct.' });
  await expect(people.roles).toContainText('Mentor');
  await expect(people.roles).toContainText('Critic');
  await shell.goTo('People');
  await people.create({ name: 'The Tuesday Band', kind: 'Group', roles: ['Co-creator'] });

  await shell.goTo('Projects');
  await projects.create({ title: 'Night Songs', medium: 'Music', status: 'Idea', startDate: '2026-01-10' });
  // Focus lands on the new project's heading, ready for the keyboard.
  await expect(shell.heading).toBeFocused();

  await project.addMember('Ada Okafor', 'mixing');
  await project.addMember('The Tuesday Band', 'backing band');
  await project.setMemberRole('Ada Okafor', 'mixing and mastering');
  await expect(project.member('Ada Okafor')).toContainText('mixing and mastering');

  await project.edit();
  await projects.fill({ title: 'Night Songs EP', endDate: '2026-06-30', description: 'Five songs written after midnight.' });
  await projects.submit('Save changes');
  await expect(shell.heading).toHaveText('Night Songs EP');
  await expect(page.getByText('Five songs written after midnight.')).toBeVisible();

  await project.setStatus('Active');

  // Archive, undo from the toast, archive again, then restore from the page.
  await project.archive();
  await shell.undo();
  await expect(page.getByRole('button', { name: 'Archive', exact: true })).toBeVisible();
  await project.archive();
  await shell.goTo('Projects');
  await expect(projects.row('Night Songs EP')).toHaveCount(0);
  await projects.showArchived(true);
  await expect(projects.row('Night Songs EP')).toContainText('Archived');
  await projects.open('Night Songs EP');
  await project.restore();

  const checkEverything = async () => {
    await shell.goTo('Projects');
    const row = projects.row('Night Songs EP');
    await expect(row).toContainText('Active');
    await expect(row).toContainText('2 people');
    await expect(row).not.toContainText('Archived');
    await projects.open('Night Songs EP');
    await project.showPeople();
    await expect(project.statusGroup.getByRole('radio', { name: 'Active' })).toBeChecked();
    await expect(project.member('Ada Okafor')).toContainText('mixing and mastering');
    await expect(project.member('The Tuesday Band')).toContainText('backing band');
    await expect(page.getByText('Five songs written after midnight.')).toBeVisible();

    await project.member('Ada Okafor').getByRole('link', { name: 'Ada Okafor' }).click();
    await expect(shell.heading).toHaveText('Ada Okafor');
    await expect(people.roles).toContainText('Mentor');
    await people.tabs.show('Projects');
    await expect(people.projects.getByRole('listitem').filter({ hasText: 'Night Songs EP' })).toContainText(
      'mixing and mastering',
    );
  };

  await checkEverything();
  await page.reload();
  await checkEverything();

  await page.goto(await server.restart());
  await expect(shell.heading).toHaveText('Dashboard');
  await checkEverything();
});

test('a project with no title, or ending before it starts, is refused next to the field and not saved; the medium starts as the last one', async ({
  page,
  appUrl,
}) => {
  const shell = new AppShell(page);
  const projects = new ProjectsPage(page);
  const medium = projects.form.getByLabel('Medium');

  await page.goto(appUrl);
  await shell.goTo('Projects');
  await projects.startNew();
  // Before the first project the medium is "Other", never an empty "Choose…".
  await expect(medium).toHaveValue('other');
  await expect(medium.getByRole('option', { name: 'Choose…' })).toHaveCount(0);
  await projects.fill({ medium: 'Painting', startDate: '2026-05-01', endDate: '2026-04-01' });
  await projects.submit('Create project');

  const title = projects.form.getByLabel('Title');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('Title is required');
  await expect(title).toBeFocused();
  const end = projects.form.getByLabel('End date');
  await expect(end).toHaveAccessibleDescription(/The end date cannot be before the start date/);

  // Fixing one field leaves the other message in place.
  await projects.fill({ title: 'Blue Period' });
  await expect(title).not.toHaveAttribute('aria-invalid', 'true');
  await projects.submit('Create project');
  await expect(shell.heading).toHaveText('New project');
  await expect(end).toHaveAttribute('aria-invalid', 'true');

  await page.reload();
  await shell.goTo('Projects');
  await expect(page.getByRole('heading', { name: 'No projects yet' })).toBeVisible();
  await expect(projects.list).toHaveCount(0);

  await projects.create({ title: 'Blue Period', medium: 'Painting' });
  await shell.goTo('Projects');
  await projects.startNew();
  await expect(medium).toHaveValue('painting');
});

test('a person can be created with the keyboard alone', async ({ page, appUrl }) => {
  const shell = new AppShell(page);
  const people = new PeoplePage(page);

  await page.goto(appUrl);
  // The app is drawn once app.info has said the library is sound; keys pressed before that reach nothing.
  await expect(shell.heading).toHaveText('Welcome to Counterpoint');
  // Single-key shortcuts: 3 opens People, ? lists the shortcuts, Esc closes the list.
  await page.keyboard.press('3');
  await expect(shell.heading).toHaveText('People');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Go to People');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // Tab to "New person" from wherever focus is, then Enter.
  const newPerson = page.getByRole('link', { name: 'New person' }).first();
  for (let presses = 0; presses < 30 && !(await newPerson.evaluate((el) => el.matches(':focus'))); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(newPerson).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shell.heading).toHaveText('New person');

  const name = people.form.getByLabel('Name');
  await expect(name).toBeFocused();
  await page.keyboard.type('Lee Marlow');
  await page.keyboard.press('Tab'); // "This is": Person (already chosen)
  await expect(people.form.getByRole('radio', { name: 'Person' })).toBeFocused();
  await page.keyboard.press('Tab'); // Roles: Mentor
  await page.keyboard.press('Tab'); // Mentee
  await page.keyboard.press('Tab'); // Peer
  await expect(people.form.getByRole('checkbox', { name: 'Peer' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // Co-creator
  await page.keyboard.press('Tab'); // Critic
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // Audience
  await page.keyboard.press('Tab'); // Notes
  await expect(people.form.getByLabel('Notes')).toBeFocused();
  await page.keyboard.type('Met at the open mic.');
  await page.keyboard.press('Tab'); // Cancel
  await page.keyboard.press('Tab'); // Add person
  await expect(people.form.getByRole('button', { name: 'Add person' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(shell.heading).toHaveText('Lee Marlow');
  await expect(shell.heading).toBeFocused();
  await expect(people.roles).toHaveText(/Peer.*Critic/);
  await expect(page.getByText('Met at the open mic.')).toBeVisible();

  await page.reload();
  await expect(shell.heading).toHaveText('Lee Marlow');
  await expect(people.roles).toContainText('Critic');
});
