import { expect, test } from './fixtures';
import { addPerson, addProject } from './logSeed';
import { AppShell } from './pages/AppShell';
import { QuickCaptureDialog } from './pages/QuickCaptureDialog';
import { TimelinePanel } from './pages/TimelinePanel';

test('help and feedback are logged from the keyboard alone, and the last person is remembered next time', async ({
  page,
  server,
  appUrl,
}) => {
  const shell = new AppShell(page);
  const capture = new QuickCaptureDialog(page);
  const timeline = new TimelinePanel(page);
  await addPerson(server, 'Sam Reyes', ['peer']);
  await addPerson(server, 'Ada Okafor', ['mentor']);
  await addProject(server, 'Night Songs EP');

  await page.goto(appUrl);
  await expect(shell.heading).toHaveText('Dashboard');

  // "Sam introduced me to a gallery (growth, large, Sam's idea)".
  await capture.openWithKeyboard();
  await expect(capture.person).toBeFocused();
  await capture.type('sam');
  await capture.press('Enter');
  await expect(capture.person).toHaveValue('Sam Reyes');
  await capture.chooseKind('Help');
  // The cursor follows the form's order: the direction first, then the benefit; the arrow keys choose.
  await expect(capture.direction('I received')).toBeFocused();
  await capture.press('Tab');
  await expect(capture.dialog.getByRole('radio', { name: 'Knowledge' })).toBeFocused();
  await capture.press('ArrowRight', 'ArrowRight');
  await expect(capture.dialog.getByRole('radio', { name: 'Growth' })).toBeChecked();
  await capture.press('Tab', 'ArrowRight');
  await expect(capture.dialog.getByRole('radio', { name: 'Large' })).toBeChecked();
  await capture.press('Tab');
  await expect(capture.dialog.getByRole('radio', { name: 'Theirs' })).toBeChecked();
  await capture.press('Tab');
  await capture.type('Introduced me to a gallery');
  await capture.press('Enter');
  await expect(capture.dialog).toBeHidden();
  await expect(shell.toasts).toContainText('Logged · Help with Sam Reyes');
  await expect(shell.toasts.getByRole('link', { name: 'View' })).toBeVisible();

  // Next time, even after a reload, Sam is already chosen and the kind is the last one used.
  await page.reload();
  await expect(shell.heading).toHaveText('Dashboard');
  await capture.openWithKeyboard();
  await expect(capture.person).toHaveValue('Sam Reyes');
  await expect(capture.kind('Help')).toBeChecked();
  await capture.chooseKind('Feedback');
  await expect(capture.direction('I received')).toBeFocused();
  await capture.press('Tab', 'Tab');
  await expect(capture.dialog.getByRole('textbox', { name: 'What was said' })).toBeFocused();
  await capture.type('The second chorus drags');
  await capture.press('Tab');
  await capture.type('1:23-1:40');
  await capture.press('Enter');
  await expect(capture.dialog).toBeHidden();
  await expect(shell.toasts).toContainText('Logged · Feedback with Sam Reyes');

  await shell.goTo('People');
  await page.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Sam Reyes' }).click();
  await expect(timeline.rows).toHaveCount(2);
  const help = timeline.row('Introduced me to a gallery');
  await expect(help).toContainText('Growth received');
  await expect(help).toContainText('Large · Their idea');
  const feedback = timeline.row('The second chorus drags');
  await expect(feedback).toContainText('Critique received');
  await expect(feedback).toContainText('1:23–1:40');
  await expect(feedback).toContainText('Open');
});

test('Esc closes the person list first and then the dialog, without saving; missing essentials are named beside their fields', async ({
  page,
  server,
  appUrl,
}) => {
  const shell = new AppShell(page);
  const capture = new QuickCaptureDialog(page);
  const timeline = new TimelinePanel(page);
  await addPerson(server, 'Ada Okafor', ['mentor']);

  await page.goto(appUrl);
  await expect(shell.heading).toHaveText('Dashboard');
  await capture.openWithKeyboard();
  await capture.chooseKind('Request');
  await capture.press('ControlOrMeta+Enter');
  await expect(capture.errorNear('Choose who it was with')).toBeVisible();
  await expect(capture.person).toBeFocused();
  await expect(capture.person).toHaveAttribute('aria-invalid', 'true');
  await expect(capture.errorNear('What was asked is required')).toBeVisible();

  await capture.type('ad');
  await expect(capture.dialog.getByRole('listbox', { name: 'Person' })).toBeVisible();
  await expect(capture.dialog.getByRole('option', { name: /Ada Okafor/ })).toBeVisible();
  await capture.press('Escape');
  await expect(capture.dialog.getByRole('listbox', { name: 'Person' })).toBeHidden();
  await expect(capture.dialog).toBeVisible();
  await capture.press('Escape');
  await expect(capture.dialog).toBeHidden();

  // The server's own checks land beside their field too: a day in the future is refused at the date.
  await capture.openWithKeyboard();
  await capture.type('ada');
  await capture.press('Enter');
  await capture.chooseKind('Help');
  await capture.press('Tab');
  await expect(capture.dialog.getByRole('radio', { name: 'Knowledge' })).toBeFocused();
  await capture.press('Space');
  await capture.dialog.getByLabel('Date').fill('2099-01-01');
  await capture.press('ControlOrMeta+Enter');
  await expect(capture.errorNear('The date cannot be in the future')).toBeVisible();
  await expect(capture.dialog.getByLabel('Date')).toHaveAttribute('aria-invalid', 'true');
  await capture.press('Escape');
  await expect(capture.dialog).toBeHidden();

  await shell.goTo('People');
  await page.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Ada Okafor' }).click();
  await expect(page.getByRole('heading', { name: 'Nothing logged with Ada Okafor yet' })).toBeVisible();
  await expect(timeline.rows).toHaveCount(0);
});

test('from a person’s empty timeline, quick capture starts with them; Undo takes the entry back out', async ({ page, server, appUrl }) => {
  const shell = new AppShell(page);
  const capture = new QuickCaptureDialog(page);
  const timeline = new TimelinePanel(page);
  await addPerson(server, 'Lee Marlow', ['peer']);
  const project = await addProject(server, 'Harbour Studies', 'painting');

  await page.goto(`${appUrl}#/people`);
  await page.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Lee Marlow' }).click();
  await page.getByRole('button', { name: 'Log something' }).click();
  await expect(capture.dialog).toBeVisible();
  await expect(capture.person).toHaveValue('Lee Marlow');
  await expect(capture.project).toHaveValue('');
  await capture.chooseKind('Request');
  await expect(capture.dialog.getByRole('radio', { name: 'I asked them' })).toBeFocused();
  await capture.press('Tab');
  await expect(capture.dialog.getByRole('textbox', { name: 'What was asked' })).toBeFocused();
  await capture.type('Review my mix before Friday');
  await capture.press('Tab', 'ArrowRight', 'ArrowRight', 'ArrowRight');
  await expect(capture.dialog.getByRole('radio', { name: 'Declined' })).toBeChecked();
  // The app's single-key shortcuts stay quiet inside the dialog, even on a choice.
  await capture.press('2', 'n');
  await expect(capture.dialog).toBeVisible();
  await expect(shell.heading).toHaveText('Lee Marlow');
  await capture.press('Enter');
  await expect(capture.dialog).toBeHidden();
  const request = timeline.row('Review my mix before Friday');
  await expect(request).toContainText('You asked');
  await expect(request).toContainText('Declined');

  await shell.undo();
  await expect(shell.toasts).toContainText('Request with Lee Marlow removed.');
  await expect(page.getByRole('heading', { name: 'Nothing logged with Lee Marlow yet' })).toBeVisible();

  // On a project's page the project is chosen for you.
  await page.goto(`${server.origin}/#/projects/${project}`);
  await expect(shell.heading).toHaveText('Harbour Studies');
  await capture.openWithKeyboard();
  await expect(capture.project).toHaveValue('Harbour Studies');
});

test('after the person, the cursor lands on each kind’s first choice, so help given is logged as given; a closed draft comes back', async ({
  page,
  server,
  appUrl,
}) => {
  const shell = new AppShell(page);
  const capture = new QuickCaptureDialog(page);
  const timeline = new TimelinePanel(page);
  await addPerson(server, 'Noor Haddad', ['peer']);

  await page.goto(appUrl);
  await expect(shell.heading).toHaveText('Dashboard');
  await capture.openWithKeyboard();
  await capture.type('noor');
  // Enter once the match is offered, as a user would (the people are still on their way on a busy machine).
  await expect(capture.dialog.getByRole('option', { name: /Noor Haddad/ })).toBeVisible();
  await capture.press('Enter');
  // Help is the kind a fresh quick log starts on: its direction comes before the benefit.
  await expect(capture.kind('Help')).toBeChecked();
  await expect(capture.direction('I received')).toBeFocused();
  for (const [kind, first] of [
    ['Feedback', 'I received'],
    ['Lesson', 'I learned'],
    ['Request', 'I asked them'],
    ['Help', 'I received'],
  ] as const) {
    await capture.chooseKind(kind);
    await expect(capture.dialog.getByRole('radio', { name: first })).toBeFocused();
  }
  await capture.press('ArrowRight');
  await expect(capture.direction('I gave')).toBeChecked();
  await capture.press('Tab', 'Space', 'Tab', 'Tab', 'Tab');
  await capture.type('Lent Noor my field recorder');

  // Esc with text: the dialog closes, says the draft is kept, and after a reload it is all back.
  await capture.press('Escape');
  await expect(capture.dialog).toBeHidden();
  await expect(shell.toasts).toContainText('Your draft is kept');
  await page.reload();
  await expect(shell.heading).toHaveText('Dashboard');
  await capture.openWithKeyboard();
  await expect(capture.dialog.getByRole('status')).toContainText('Restored the draft');
  await expect(capture.dialog.getByRole('textbox', { name: 'What happened' })).toHaveValue('Lent Noor my field recorder');
  await expect(capture.direction('I gave')).toBeChecked();
  await expect(capture.direction('I gave')).toBeFocused();
  await capture.press('ControlOrMeta+Enter');
  await expect(capture.dialog).toBeHidden();
  await expect(shell.toasts).toContainText('Logged · Help with Noor Haddad');

  // Saved, the draft is gone: the next opening is fresh.
  await capture.openWithKeyboard();
  await expect(capture.dialog.getByRole('status')).toHaveCount(0);
  await capture.press('Escape');
  await expect(capture.dialog).toBeHidden();

  await shell.goTo('People');
  await page.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Noor Haddad' }).click();
  await expect(timeline.row('Lent Noor my field recorder')).toContainText('Knowledge given');
});

test('after several saves at most two toasts show, none over the form’s Save, and F6 reaches the newest Undo', async ({ page, server, appUrl }) => {
  const shell = new AppShell(page);
  const capture = new QuickCaptureDialog(page);
  await addPerson(server, 'Iris Vale', ['peer']);

  await page.goto(`${appUrl}#/settings`);
  await expect(shell.heading).toHaveText('Settings');
  const toasts = shell.toasts.getByRole('status');
  for (const [index, note] of ['Lent a tripod', 'Read my draft', 'Booked the hall'].entries()) {
    await capture.openWithKeyboard();
    // Iris is remembered after the first: the cursor then starts on the direction.
    if (index === 0) await capture.type('iris');
    if (index === 0) await capture.press('Enter');
    await expect(capture.direction('I received')).toBeFocused();
    await capture.press('Tab', 'Space', 'Tab', 'Tab', 'Tab');
    await capture.type(note);
    await capture.press('Enter');
    await expect(capture.dialog).toBeHidden();
    // Read at once, as the save lands: without the cap the third would show beside the two before it.
    await expect(toasts.last()).toContainText('Logged · Help with Iris Vale');
    expect(await toasts.count()).toBeLessThanOrEqual(2);
  }

  // The settings form keeps its Save in view at the bottom: the toasts take their own room beneath it, wide or narrow.
  const save = page.getByRole('form', { name: 'Analysis settings' }).getByRole('button', { name: 'Save' });
  for (const width of [1280, 700]) {
    await page.setViewportSize({ width, height: 720 });
    const button = await save.boundingBox();
    expect(button).not.toBeNull();
    for (const toast of await toasts.all()) {
      const box = await toast.boundingBox();
      expect(box).not.toBeNull();
      if (!box || !button) continue;
      const apart =
        box.x >= button.x + button.width || button.x >= box.x + box.width || box.y >= button.y + button.height || button.y >= box.y + box.height;
      expect(apart, `at ${width} px a toast at ${JSON.stringify(box)} covers Save at ${JSON.stringify(button)}`).toBe(true);
    }
  }

  // From the keyboard: F6 goes to the newest toast, which then waits; its Undo takes the entry back out.
  await page.keyboard.press('F6');
  await expect(toasts.last().getByRole('link', { name: 'View' })).toBeFocused();
  await capture.press('Tab');
  await expect(toasts.last().getByRole('button', { name: 'Undo' })).toBeFocused();
  await capture.press('Enter');
  await expect(shell.toasts).toContainText('Help with Iris Vale removed.');
  await page.goto(`${appUrl}#/exchanges`);
  await expect(page.getByText('Booked the hall')).toHaveCount(0);
  await expect(page.getByText('Read my draft')).toBeVisible();
});
