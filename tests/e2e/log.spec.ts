import { expect, test } from './fixtures';
import { addPerson, addProject, inBatches, logEntry } from './logSeed';
import { FeedbackPages } from './pages/FeedbackPages';
import { LedgerPage } from './pages/LedgerPage';
import { LessonPages } from './pages/LessonPages';
import { localDay } from './pages/LogNav';
import { RequestPages } from './pages/RequestPages';

/**
 * The log's own pages in browser mode against a real server and library: feedback and its
 * lifecycle, lessons and practice, requests, the give & take ledger, delete with Undo, and
 * validation that keeps bad input out. People and projects are seeded through the API.
 */

test('a received critique anchored at 1:23–1:40 is logged on a project, marked applied, and filtered by status', async ({ page, server, appUrl }) => {
  await addPerson(server, 'Ada Okafor', ['mentor']);
  await addProject(server, 'Night Songs EP');
  const feedback = new FeedbackPages(page);

  await page.goto(appUrl);
  await feedback.nav.goTo('Feedback');
  await expect(page.getByRole('heading', { name: 'No feedback yet' })).toBeVisible();
  // "N" starts a new entry in the area you are in.
  await page.keyboard.press('n');
  await expect(feedback.nav.heading).toHaveText('Log feedback');
  await feedback.fill({
    person: 'Ada Okafor',
    kind: 'Critique',
    body: 'The chorus vocal sits behind the guitars; ride it up.',
    project: 'Night Songs EP',
    piece: 'Mix v3',
    anchor: '1:23-1:40',
  });
  // The anchor is read as it is typed, and the ledger preview follows the kind.
  await expect(feedback.form.getByText('A time range in the track: 1:23–1:40 (17 seconds).')).toBeVisible();
  await expect(feedback.form.getByText('perspective, medium')).toBeVisible();
  await feedback.submit();

  await expect(feedback.nav.heading).toHaveText('Critique from Ada Okafor');
  await expect(feedback.headerStatus).toHaveText('Open');
  await expect(page.getByText('At1:23–1:40')).toBeVisible();
  // Open shows as open: nothing else is preselected. A pick saves at once, with Undo.
  await expect(feedback.statusChoice('Open')).toBeChecked();
  await feedback.chooseStatus('Applied');
  await expect(feedback.headerStatus).toHaveText('Applied');
  await expect(feedback.nav.toasts).toContainText('Marked applied.');
  await feedback.nav.undo();
  await expect(feedback.headerStatus).toHaveText('Open');
  await expect(feedback.statusChoice('Open')).toBeChecked();
  await feedback.chooseStatus('Applied');
  await expect(feedback.headerStatus).toHaveText('Applied');

  await page.reload();
  await expect(feedback.headerStatus).toHaveText('Applied');
  const about = page.getByRole('region', { name: 'About', exact: true });
  await expect(about).toContainText('Night Songs EP');
  await expect(about).toContainText('Mix v3');
  await expect(about).toContainText('1:23–1:40');

  await feedback.nav.goTo('Feedback');
  await expect(feedback.row('ride it up')).toContainText('Applied');
  await expect(feedback.row('ride it up')).toContainText('1:23–1:40');
  await page.getByRole('region', { name: 'Filter feedback' }).getByLabel('Status').selectOption({ label: 'Declined' });
  await expect(page.getByRole('heading', { name: 'No feedback matches' })).toBeVisible();
  expect(page.url()).toContain('status=declined');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No feedback matches' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(feedback.row('ride it up')).toBeVisible();
});

test('a lesson with two practice items: reordered from the keyboard, one ticked off, and the Practice view agrees', async ({ page, server, appUrl }) => {
  await addPerson(server, 'Ada Okafor', ['mentor']);
  const lessons = new LessonPages(page);

  await page.goto(appUrl);
  await lessons.nav.goTo('Lessons');
  await lessons.startNew();
  const form = lessons.form;
  await form.getByLabel('Person').selectOption({ label: 'Ada Okafor' });
  await form.getByLabel('Duration in minutes').fill('45');
  await form.getByLabel('Topics').fill('Barre chords');
  await form.getByRole('button', { name: 'Add a practice item' }).click();
  await expect(lessons.practiceItem(1)).toBeFocused();
  await lessons.practiceItem(1).fill('Switch F to C cleanly');
  // Enter starts the next item instead of saving the lesson.
  await lessons.practiceItem(1).press('Enter');
  await expect(lessons.practiceItem(2)).toBeFocused();
  await lessons.practiceItem(2).fill('F major barre, five minutes a day');
  await lessons.practiceItem(2).press('Alt+ArrowUp');
  await expect(lessons.practiceItem(1)).toHaveValue('F major barre, five minutes a day');
  await expect(lessons.practiceItem(1)).toBeFocused();
  await lessons.practiceDue(1).fill(localDay(3));
  await lessons.practiceDue(2).fill(localDay(7));
  await lessons.confidence(2).check();
  await expect(lessons.confidence(2)).toHaveAccessibleName('2 Only with help');
  await form.getByRole('button', { name: 'Log lesson' }).click();

  await expect(lessons.nav.heading).toHaveText('Lesson with Ada Okafor');
  const practice = lessons.practiceOnLesson;
  await expect(practice.getByRole('checkbox')).toHaveCount(2);
  await expect(page.getByText('0 of 2 done')).toBeVisible();
  await practice.getByRole('checkbox', { name: /F major barre/ }).check();
  await expect(page.getByText('1 of 2 done')).toBeVisible();
  await expect(page.getByRole('region', { name: 'About', exact: true })).toContainText('2 of 5 · Only with help');

  await lessons.nav.goTo('Lessons');
  await lessons.openPracticeView();
  const open = lessons.practiceGroup('Open');
  await expect(open.getByRole('checkbox')).toHaveCount(1);
  await expect(open.getByRole('checkbox', { name: /Switch F to C cleanly/ })).not.toBeChecked();
  await page.getByRole('switch', { name: 'Show done' }).check();
  await expect(lessons.practiceGroup('Done').getByRole('checkbox', { name: /F major barre/ })).toBeChecked();
  await page.getByRole('switch', { name: 'Show done' }).uncheck();

  // Ticked in place: it stays in view under "Done just now", and the open list empties.
  // A click, not check(): the ticked box moves to the other group, so this element does not stay to be re-read.
  await open.getByRole('checkbox', { name: /Switch F to C cleanly/ }).click();
  await expect(lessons.practiceGroup('Done just now').getByRole('checkbox', { name: /Switch F to C cleanly/ })).toBeChecked();
  await expect(page.getByText('All caught up: nothing open.')).toBeVisible();
});

test('the Practice view opens with its first page of items and loads the rest on request', async ({ page, server, appUrl }) => {
  const lee = await addPerson(server, 'Lee Marlow', ['mentor']);
  // Two lessons of 30 items (a lesson holds at most 50): 60 open items, read oldest lesson first.
  for (const lesson of [0, 1]) {
    const practice = Array.from({ length: 30 }, (_, index) => ({ text: `Drill number ${lesson * 30 + index + 1}` }));
    await logEntry(server, 'lessons.create', { collaboratorId: lee, date: localDay(lesson - 2), topics: `Lesson ${lesson + 1}`, practice });
  }
  const lessons = new LessonPages(page);

  await page.goto(appUrl);
  await lessons.nav.goTo('Lessons');
  await lessons.openPracticeView();
  const open = lessons.practiceGroup('Open');
  await expect(open.getByRole('checkbox')).toHaveCount(50);
  await expect(page.getByText('Showing 50 of 60 items')).toBeVisible();
  await expect(open.getByRole('checkbox', { name: /Drill number 60\b/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(open.getByRole('checkbox')).toHaveCount(60);
  await expect(open.getByRole('checkbox', { name: /Drill number 60\b/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
  await expect(page.getByText('60 items', { exact: true })).toBeVisible();
});

test('a request that was declined is logged with the day it was settled, and its outcome changes from the list', async ({ page, server, appUrl }) => {
  await addPerson(server, 'Lee Marlow', ['peer']);
  const requests = new RequestPages(page);

  await page.goto(appUrl);
  await requests.nav.goTo('Requests');
  await requests.startNew();
  const form = requests.form;
  await form.getByRole('group', { name: 'Who asked' }).getByRole('radio', { name: 'I asked them' }).check();
  await form.getByLabel('Person').selectOption({ label: 'Lee Marlow' });
  await form.getByLabel('What was asked').fill('Review my mix before Friday');
  await form.getByLabel('Date asked').fill(localDay(-3));
  await expect(form.getByLabel('Date resolved')).toHaveCount(0);
  await form.getByRole('group', { name: 'Outcome' }).getByRole('radio', { name: 'Declined' }).check();
  await expect(form.getByLabel('Date resolved')).toHaveValue(localDay());
  await form.getByLabel('Date resolved').fill(localDay(-1));
  await form.getByRole('button', { name: 'Log request' }).click();

  await expect(requests.nav.heading).toHaveText('Review my mix before Friday');
  await expect(page.locator('.page-header .status-pill')).toHaveText('Declined');
  await expect(page.getByRole('group', { name: 'Outcome' }).getByRole('radio', { name: 'Declined' })).toBeChecked();

  await requests.nav.goTo('Requests');
  await expect(requests.row('Review my mix before Friday')).toContainText('You asked Lee Marlow');
  await expect(requests.outcomeOf('Review my mix before Friday')).toHaveValue('declined');
  await page.getByRole('region', { name: 'Filter requests' }).getByLabel('Outcome').selectOption({ label: 'Met' });
  await expect(page.getByRole('heading', { name: 'No requests match' })).toBeVisible();
  await page.getByRole('region', { name: 'Filter requests' }).getByLabel('Outcome').selectOption({ label: 'Declined' });
  await expect(requests.row('Review my mix before Friday')).toBeVisible();

  await requests.outcomeOf('Review my mix before Friday').selectOption({ label: 'Partly met' });
  // Changed in place, with Undo as feedback's status; the Declined filter no longer matches once the list reloads.
  await expect(requests.nav.toasts).toContainText('Outcome: partly met.');
  await expect(page.getByRole('heading', { name: 'No requests match' })).toBeVisible();
  await requests.nav.undo();
  await expect(requests.outcomeOf('Review my mix before Friday')).toHaveValue('declined');
});

test('help logged directly shows in Give & take beside derived feedback, with totals given and received', async ({ page, server, appUrl }) => {
  const sam = await addPerson(server, 'Sam Reyes', ['peer']);
  // A critique given counts as a medium (2) exchange given, derived without being entered twice.
  const given = await logEntry(server, 'feedback.create', {
    direction: 'given', collaboratorId: sam, kind: 'critique', body: 'Cut the second verse.', date: localDay(-2),
  });
  const ledger = new LedgerPage(page);

  await page.goto(appUrl);
  await ledger.nav.goTo('Give & take');
  await ledger.expectTotals(2, 0);
  await ledger.startNew();
  const form = ledger.form;
  await form.getByLabel('Person').selectOption({ label: 'Sam Reyes' });
  await form.getByLabel('What happened').fill('Introduced me to the gallery on Dean Street');
  await form.getByRole('group', { name: 'Benefit' }).getByRole('radio', { name: 'Growth' }).check();
  await form.getByRole('group', { name: 'Weight' }).getByRole('radio', { name: 'Large' }).check();
  // Who initiated follows the direction until chosen: received help was their idea.
  await expect(form.getByRole('group', { name: 'Whose idea' }).getByRole('radio', { name: 'Theirs' })).toBeChecked();
  await form.getByRole('button', { name: 'Log help' }).click();

  await expect(ledger.nav.heading).toHaveText('Growth from Sam Reyes');
  await ledger.nav.goTo('Give & take');
  await ledger.expectTotals(2, 3);
  await expect(ledger.row('Introduced me to the gallery')).toContainText('Help');
  await expect(ledger.row('Introduced me to the gallery')).toContainText('Large');
  await expect(ledger.row('Introduced me to the gallery')).toContainText('they offered help');
  const derived = ledger.row('Cut the second verse.');
  await expect(derived).toContainText('Feedback');
  await expect(derived).toContainText('you offered feedback');
  await page.getByRole('group', { name: 'Direction' }).getByRole('radio', { name: 'Received' }).check();
  await ledger.expectTotals(0, 3);
  await expect(derived).toHaveCount(0);
  await page.getByRole('group', { name: 'Direction' }).getByRole('radio', { name: 'All' }).check();

  // A derived row is changed through its source: its edit button opens the feedback's form.
  await derived.getByRole('link', { name: /^Edit the feedback behind/ }).click();
  await expect(page).toHaveURL(new RegExp(`/feedback/${given}/edit$`));
  await expect(ledger.nav.heading).toHaveText('Edit feedback');
});

test('a deleted entry leaves the list and the totals, Undo brings it back, and its page offers Restore', async ({ page, server, appUrl }) => {
  const sam = await addPerson(server, 'Sam Reyes', ['peer']);
  const help = await logEntry(server, 'help.create', {
    direction: 'received', collaboratorId: sam, benefit: 'knowledge', weight: 3, note: 'Showed me his tape delay tricks', date: localDay(-1),
  });
  const ledger = new LedgerPage(page);

  await page.goto(appUrl);
  await ledger.nav.goTo('Give & take');
  await ledger.expectTotals(0, 3);
  await ledger.list.getByRole('link', { name: 'Showed me his tape delay tricks', exact: true }).click();
  await expect(ledger.nav.heading).toHaveText('Knowledge from Sam Reyes');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();

  await expect(ledger.nav.heading).toHaveText('Give & take');
  await expect(ledger.nav.toasts).toContainText('Help deleted.');
  await expect(page.getByRole('heading', { name: 'The ledger is empty' })).toBeVisible();
  await ledger.nav.undo();
  await expect(ledger.row('Showed me his tape delay tricks')).toBeVisible();
  await ledger.expectTotals(0, 3);

  // Deleted again, then opened from a link (as the Patterns page's evidence would): shown as deleted, restorable.
  await ledger.list.getByRole('link', { name: 'Showed me his tape delay tricks', exact: true }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(ledger.nav.heading).toHaveText('Give & take');
  await page.goto(`${server.origin}/#/help/${help}`);
  await expect(page.getByText(/^Deleted /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeVisible();
  await ledger.nav.goTo('Give & take');
  await ledger.expectTotals(0, 3);
});

test('invalid input is shown beside its field and nothing is saved', async ({ page, server, appUrl }) => {
  const ada = await addPerson(server, 'Ada Okafor', ['mentor']);
  const open = await logEntry(server, 'feedback.create', {
    direction: 'received', collaboratorId: ada, kind: 'technical', body: 'Use a high-pass on the overheads.', date: localDay(-5),
  });
  const feedback = new FeedbackPages(page);

  await page.goto(appUrl);
  await feedback.nav.goTo('Feedback');
  await feedback.startNew();
  await feedback.fill({ person: 'Ada Okafor', body: 'The bridge drags.', anchor: '1:40–1:23' });
  await feedback.submit();
  const anchor = feedback.form.getByLabel('Anchor');
  await expect(anchor).toHaveAttribute('aria-invalid', 'true');
  await expect(anchor).toHaveAccessibleDescription(/The end of the range must come after its start/);
  await expect(anchor).toBeFocused();
  await expect(feedback.nav.heading).toHaveText('Log feedback');

  // The main process's own check (no future dates) lands beside the field too.
  await anchor.fill('1:23–1:40');
  await feedback.form.getByLabel('Date').fill(localDay(30));
  await feedback.submit();
  await expect(feedback.form.getByLabel('Date')).toHaveAccessibleDescription(/cannot be in the future/);
  await expect(feedback.nav.heading).toHaveText('Log feedback');

  await feedback.nav.goTo('Feedback');
  await expect(feedback.list.getByRole('listitem')).toHaveCount(1);

  // Declining needs a reason; without one nothing changes.
  await page.goto(`${server.origin}/#/feedback/${open}`);
  await expect(feedback.headerStatus).toHaveText('Open');
  await feedback.chooseStatus('Declined');
  await expect(feedback.headerStatus).toHaveText('Open');
  await feedback.declineForm.getByRole('button', { name: 'Decline' }).click();
  const reason = feedback.declineForm.getByLabel('Reason');
  await expect(reason).toHaveAccessibleDescription(/A declined entry needs a reason/);
  await expect(reason).toBeFocused();
  await page.reload();
  await expect(feedback.headerStatus).toHaveText('Open');
  await expect(feedback.statusChoice('Open')).toBeChecked();
  await feedback.chooseStatus('Declined');
  await feedback.declineForm.getByLabel('Reason').fill('The overheads carry the room sound I want.');
  await feedback.declineForm.getByRole('button', { name: 'Decline' }).click();
  await expect(feedback.headerStatus).toHaveText('Declined');
  await expect(feedback.statusChoice('Declined')).toBeChecked();
  await expect(page.getByText('The overheads carry the room sound I want.')).toBeVisible();
});

test('a long list opens with its first page and loads the rest on request', async ({ page, server, appUrl }) => {
  const lee = await addPerson(server, 'Lee Marlow', ['peer']);
  await inBatches(60, 6, (index) =>
    logEntry(server, 'requests.create', { askedBy: 'them', collaboratorId: lee, what: `Request number ${index + 1}`, dateAsked: localDay(-index) }),
  );
  const requests = new RequestPages(page);

  await page.goto(appUrl);
  await requests.nav.goTo('Requests');
  await expect(requests.list.getByRole('listitem')).toHaveCount(50);
  await expect(page.getByText('Showing 50 of 60 requests')).toBeVisible();
  // Newest first: today's request at the top, the oldest not loaded yet.
  await expect(requests.list.getByRole('listitem').first()).toContainText('Request number 1');
  await expect(requests.row('Request number 60')).toHaveCount(0);
  await page.getByRole('button', { name: 'Load more' }).click();
  await expect(requests.list.getByRole('listitem')).toHaveCount(60);
  await expect(requests.row('Request number 60')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0);
  await expect(page.getByText('60 requests', { exact: true })).toBeVisible();
});
