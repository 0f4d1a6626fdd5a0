import path from 'node:path';
import { expect, test } from '../fixtures';
import { addPerson, addProject, logEntry } from '../logSeed';
import type { AppServer } from '../server';

/**
 * Not a test: the timelines and quick capture, light and dark, for review.
 *   npm run build && npx playwright test --config tests/e2e/screenshots/shots.config.ts timeline.shots.ts
 */
const OUT = path.resolve(process.env.SCREENSHOT_DIR ?? '.tmp/screenshots');

/** A producer's last few weeks with her mixing mentor, and one of her projects. */
async function seed(server: AppServer) {
  const ada = await addPerson(server, 'Ada Okafor', ['mentor', 'critic']);
  const sam = await addPerson(server, 'Sam Reyes', ['peer', 'co-creator']);
  await addPerson(server, 'Lee Marlow', ['mentee']);
  const songs = await addProject(server, 'Night Songs EP');
  const harbour = await addProject(server, 'Harbour Studies', 'painting');
  await server.api('projects.addMember', { projectId: songs, collaboratorId: ada, role: 'mixing' });
  await server.api('projects.addMember', { projectId: songs, collaboratorId: sam, role: 'co-writer' });

  const critique = await logEntry(server, 'feedback.create', {
    direction: 'received', collaboratorId: ada, projectId: songs, piece: 'Mix v3', anchor: '1:23-1:40', kind: 'critique',
    body: 'The second chorus drags; cut the pre-chorus and let the drums carry the lift.', date: '2026-11-24',
  });
  await server.api('feedback.setStatus', { id: critique, status: 'applied', date: '2026-11-25' });
  await logEntry(server, 'lessons.create', {
    collaboratorId: ada, projectId: songs, topics: 'Parallel compression on drums, bus routing', durationMin: 90, confidence: 3,
    date: '2026-11-21',
  });
  await logEntry(server, 'help.create', {
    direction: 'received', collaboratorId: ada, benefit: 'growth', weight: 3, note: 'Introduced me to the booker at the Annex',
    date: '2026-11-18',
  });
  await logEntry(server, 'requests.create', {
    askedBy: 'me', collaboratorId: ada, projectId: songs, what: 'Listen to the final master before it goes out', outcome: 'met',
    dateAsked: '2026-11-12', dateResolved: '2026-11-14',
  });
  await logEntry(server, 'feedback.create', {
    direction: 'given', collaboratorId: ada, kind: 'encouragement', body: 'Her talk at the college was the clearest intro to gain staging I have heard.',
    date: '2026-11-10',
  });
  await logEntry(server, 'requests.create', {
    askedBy: 'them', collaboratorId: ada, what: 'Help carry gear for the Friday lesson', outcome: 'pending', dateAsked: '2026-11-08',
  });
  const vocal = await logEntry(server, 'feedback.create', {
    direction: 'received', collaboratorId: ada, projectId: songs, piece: 'Demo 2', anchor: 'bridge', kind: 'technical',
    body: 'The vocal sits too far back; try a short slap delay instead of the long plate.', date: '2026-11-03',
  });
  await server.api('feedback.setStatus', { id: vocal, status: 'declined', reason: 'The plate is the sound of the record', date: '2026-11-04' });
  await logEntry(server, 'lessons.create', {
    collaboratorId: ada, topics: 'Reading a spectrum analyser', durationMin: 40, confidence: 4, date: '2026-10-28',
  });
  await logEntry(server, 'feedback.create', {
    direction: 'received', collaboratorId: sam, projectId: songs, kind: 'perspective', body: 'What if track 3 opened with the outro riff?',
    date: '2026-11-22',
  });
  await logEntry(server, 'help.create', {
    direction: 'given', collaboratorId: sam, projectId: songs, benefit: 'knowledge', weight: 1, note: 'Showed Sam my tape delay trick',
    date: '2026-11-19',
  });
  await logEntry(server, 'lessons.create', {
    collaboratorId: sam, projectId: songs, userRole: 'peers', topics: 'Swapping: my mixing for Sam’s lyric editing', durationMin: 60,
    date: '2026-11-15',
  });
  return { ada, songs, harbour };
}

test('screenshots of timelines and quick capture, light and dark', async ({ page, server, appUrl }) => {
  const shoot = async (name: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.waitForTimeout(Number(process.env.SHOT_WAIT ?? 250));
      await page.screenshot({ path: path.join(OUT, `${name}-${colorScheme}.png`) });
    }
  };
  const visit = async (hash: string, heading: string) => {
    await page.goto(`${server.origin}/#${hash}`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.mouse.move(0, 0);
  };

  // The timeline sits below other cards: bring its top to the top of the window.
  const toTimeline = () =>
    page.getByRole('region', { name: 'Timeline' }).evaluate((region) => region.scrollIntoView({ block: 'start' }));

  await page.goto(appUrl);
  const { ada, songs, harbour } = await seed(server);

  await visit(`/projects/${harbour}`, 'Harbour Studies');
  await toTimeline();
  await shoot('tl-project-empty');

  await visit(`/people/${ada}`, 'Ada Okafor');
  await expect(page.getByRole('list', { name: 'Timeline with Ada Okafor' }).getByRole('listitem').first()).toBeVisible();
  await shoot('tl-person-top');
  await toTimeline();
  await shoot('tl-person');

  await visit(`/projects/${songs}`, 'Night Songs EP');
  await toTimeline();
  await shoot('tl-project');

  await page.keyboard.press('ControlOrMeta+L');
  const dialog = page.getByRole('dialog', { name: 'Quick log' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Alt+4');
  await page.keyboard.press('ControlOrMeta+Enter');
  await shoot('tl-capture-errors');
  await page.keyboard.type('a');
  await shoot('tl-capture-person-list');
  await page.keyboard.type('da');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+3');
  await shoot('tl-capture-help');
  await page.keyboard.press('Alt+1');
  await page.keyboard.type('Love the new bridge — the key change lands.');
  await shoot('tl-capture-feedback');
  await page.keyboard.press('Alt+2');
  await shoot('tl-capture-lesson');
  await page.keyboard.press('Alt+3');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText('Logged');
  await shoot('tl-logged-toast');
});
