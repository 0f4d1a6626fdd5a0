import { expect, test } from './fixtures';
import { addPerson, addProject, dayOf, inBatches, logEntry } from './logSeed';
import { AppShell } from './pages/AppShell';
import { TimelinePanel } from './pages/TimelinePanel';

test('a received critique with a time anchor, once applied, shows as Applied on the person’s and the project’s timelines', async ({
  page,
  server,
  appUrl,
}) => {
  const shell = new AppShell(page);
  const timeline = new TimelinePanel(page);
  const ada = await addPerson(server, 'Ada Okafor', ['mentor']);
  const songs = await addProject(server, 'Night Songs EP');
  await addPerson(server, 'Sam Reyes');
  const critique = await logEntry(server, 'feedback.create', {
    direction: 'received',
    collaboratorId: ada,
    projectId: songs,
    piece: 'Mix v3',
    anchor: '1:23-1:40',
    kind: 'critique',
    body: 'The second chorus drags; cut the pre-chorus and let the drums carry it.',
    date: dayOf(300),
  });
  await server.api('feedback.setStatus', { id: critique, status: 'applied' });

  await page.goto(appUrl);
  await shell.goTo('People');
  await page.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Ada Okafor' }).click();
  await expect(shell.heading).toHaveText('Ada Okafor');
  const onPerson = timeline.row('The second chorus drags');
  await expect(timeline.rows).toHaveCount(1);
  await expect(onPerson).toContainText('Critique received');
  await expect(onPerson).toContainText('Applied');
  await expect(onPerson).toContainText('You received');
  await expect(onPerson).toContainText('Night Songs EP');
  await expect(onPerson).toContainText('Mix v3 · 1:23–1:40');
  await expect(await timeline.count('Feedback')).toBe(1);

  await shell.goTo('Projects');
  await page.getByRole('link', { name: 'Night Songs EP' }).click();
  await expect(shell.heading).toHaveText('Night Songs EP');
  const onProject = timeline.row('The second chorus drags');
  await expect(onProject).toContainText('Applied');
  await expect(onProject).toContainText('Ada Okafor');
  await expect(onProject).toContainText('1:23–1:40');

  await onProject.getByRole('link', { name: 'Critique received' }).click();
  await expect(page).toHaveURL(new RegExp(`#/feedback/${critique}$`));
});

test('kind chips count and narrow the timeline, direction narrows it further, and the filter survives a reload', async ({
  page,
  server,
  appUrl,
}) => {
  const shell = new AppShell(page);
  const timeline = new TimelinePanel(page);
  const lee = await addPerson(server, 'Lee Marlow', ['peer']);
  await logEntry(server, 'feedback.create', { direction: 'given', collaboratorId: lee, kind: 'technical', body: 'Try a slower attack on the compressor', date: dayOf(10) });
  await logEntry(server, 'feedback.create', { direction: 'received', collaboratorId: lee, kind: 'encouragement', body: 'Loved the new sketches', date: dayOf(11) });
  await logEntry(server, 'lessons.create', { collaboratorId: lee, userRole: 'learner', topics: 'Figure drawing basics', durationMin: 90, date: dayOf(12) });
  await logEntry(server, 'help.create', { direction: 'received', collaboratorId: lee, benefit: 'growth', weight: 3, note: 'Introduced me to a gallery', date: dayOf(13) });
  await logEntry(server, 'requests.create', { askedBy: 'me', collaboratorId: lee, what: 'Review my mix', outcome: 'declined', dateAsked: dayOf(14) });

  await page.goto(appUrl);
  await shell.goTo('People');
  await page.getByRole('list', { name: 'People' }).getByRole('link', { name: 'Lee Marlow' }).click();
  await expect(timeline.rows).toHaveCount(5);
  // Newest first: the request (day 14) leads, the given feedback (day 10) closes.
  await expect(timeline.rows.first()).toContainText('Review my mix');
  await expect(timeline.rows.first()).toContainText('Declined');
  await expect(timeline.rows.last()).toContainText('Try a slower attack');
  expect(await timeline.count('All')).toBe(5);
  expect(await timeline.count('Feedback')).toBe(2);
  expect(await timeline.count('Lessons')).toBe(1);
  expect(await timeline.count('Help')).toBe(1);
  expect(await timeline.count('Requests')).toBe(1);

  await timeline.show('Feedback');
  await expect(timeline.rows).toHaveCount(2);
  await expect(timeline.row('Loved the new sketches')).toBeVisible();
  await expect(timeline.row('Figure drawing')).toHaveCount(0);

  await timeline.direction('Given');
  await expect(timeline.rows).toHaveCount(1);
  await expect(timeline.rows.first()).toContainText('Technical given');
  await expect(timeline.rows.first()).toContainText('You gave');
  // Counts follow the direction: one piece of feedback given, nothing else given.
  expect(await timeline.count('All')).toBe(1);

  await page.reload();
  await expect(timeline.chip('Feedback')).toBeChecked();
  await expect(timeline.rows).toHaveCount(1);

  await timeline.show('Lessons');
  await expect(page.getByRole('heading', { name: 'Nothing matches these filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Show everything' }).click();
  await expect(timeline.rows).toHaveCount(5);
  await expect(timeline.chip('All')).toBeChecked();

  await timeline.show('Requests');
  await expect(timeline.rows).toHaveCount(1);
  await expect(timeline.rows.first()).toContainText('You asked');
  await expect(timeline.rows.first()).toContainText('Your need');
});

test('a person with 300 entries pages in as the list is scrolled, newest first, each entry exactly once', async ({
  page,
  server,
  appUrl,
}) => {
  const timeline = new TimelinePanel(page);
  const mira = await addPerson(server, 'Mira Chen', ['critic']);
  await addPerson(server, 'Jonas Weber');
  const ENTRIES = 300;
  // Four kinds interleaved, two entries to a day, so paging also crosses entries that share a date.
  const created = await inBatches(ENTRIES, 12, async (i) => {
    const date = dayOf(Math.floor(i / 2));
    switch (i % 4) {
      case 0:
        return `feedback:${await logEntry(server, 'feedback.create', { direction: 'received', collaboratorId: mira, kind: 'critique', body: `Note ${i}`, date })}`;
      case 1:
        return `lesson:${await logEntry(server, 'lessons.create', { collaboratorId: mira, topics: `Topic ${i}`, date })}`;
      case 2:
        return `help:${await logEntry(server, 'help.create', { direction: 'given', collaboratorId: mira, benefit: 'knowledge', note: `Help ${i}`, date })}`;
      default:
        return `request:${await logEntry(server, 'requests.create', { askedBy: 'them', collaboratorId: mira, what: `Ask ${i}`, dateAsked: date })}`;
    }
  });

  await page.goto(`${appUrl}#/people/${mira}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mira Chen');
  expect(await timeline.count('All')).toBe(ENTRIES);
  // One page at first, and only the rows near the viewport are drawn.
  await expect(timeline.end).toHaveText(`50 of ${ENTRIES} shown · scroll for more`);

  const seen = new Map<string, string>();
  let mostDrawn = 0;
  const main = page.locator('#main');
  await main.hover();
  for (let step = 0; step < 400; step += 1) {
    const drawn = await timeline.rows.evaluateAll((rows) =>
      rows.map((row) => ({
        key: row.getAttribute('data-entry') ?? '',
        position: Number(row.getAttribute('aria-posinset')),
        date: row.querySelector('time')?.getAttribute('datetime') ?? '',
      })),
    );
    mostDrawn = Math.max(mostDrawn, drawn.length);
    // Never the same entry twice on screen…
    expect(new Set(drawn.map((row) => row.key)).size).toBe(drawn.length);
    for (const row of drawn) {
      // …and never at two positions over the whole scroll.
      const where = `${row.position}@${row.date}`;
      expect(seen.get(row.key) ?? where).toBe(where);
      seen.set(row.key, where);
    }
    const atBottom = await main.evaluate((scroller) => scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1);
    if (atBottom && (await timeline.end.textContent())?.startsWith('Start of the timeline')) break;
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(40);
  }

  await expect(timeline.end).toHaveText(`Start of the timeline · ${ENTRIES} entries`);
  expect([...seen.keys()].sort()).toEqual([...created].sort());
  expect(mostDrawn).toBeLessThan(60);
  // Positions 1…300 each hold one entry, and dates never rise going down the list.
  const byPosition = [...seen.values()].map((where) => where.split('@') as [string, string]).sort((a, b) => Number(a[0]) - Number(b[0]));
  expect(byPosition.map(([position]) => Number(position))).toEqual(Array.from({ length: ENTRIES }, (_, i) => i + 1));
  const dates = byPosition.map(([, date]) => date);
  expect(dates).toEqual([...dates].sort().reverse());
});
