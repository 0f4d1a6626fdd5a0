import path from 'node:path';
import { expect, test } from '../fixtures';
import type { AppServer } from '../server';

const OUT = path.resolve(process.env.SCREENSHOT_DIR ?? '.tmp/screenshots');

interface Made {
  id: string;
}

/** 'YYYY-MM-DD', `days` from today on this machine's calendar (negative = past). */
function day(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A few months of a musician's and painter's log. */
async function seed(server: AppServer) {
  const made = async (method: string, input: unknown) => ((await server.api(method, input)) as Made).id;
  const person = (name: string, roles: string[]) => made('collaborators.create', { name, roles });
  const ada = await person('Ada Okafor', ['mentor', 'critic']);
  const sam = await person('Sam Reyes', ['peer', 'co-creator']);
  const lee = await person('Lee Marlow', ['mentee']);
  const mira = await person('Mira Chen', ['critic', 'audience']);
  const songs = await made('projects.create', { title: 'Night Songs EP', medium: 'music', status: 'active', startDate: day(-120) });
  const harbour = await made('projects.create', { title: 'Harbour Studies', medium: 'painting', status: 'active', startDate: day(-60) });

  const feedback = (input: Record<string, unknown>) => made('feedback.create', input);
  const f1 = await feedback({
    direction: 'received', collaboratorId: ada, projectId: songs, piece: 'Mix v3', anchor: '1:23–1:40', kind: 'critique', date: day(-3),
    body: 'The chorus vocal sits behind the guitars here; ride it up a dB or two and let the snare breathe.',
  });
  await server.api('feedback.setStatus', { id: f1, status: 'applied', date: day(-1) });
  await feedback({
    direction: 'received', collaboratorId: mira, projectId: harbour, piece: 'Canvas 2', anchor: 'top left', kind: 'perspective', date: day(-6),
    body: 'What if the harbour wall were the subject, not the boats? The light on it is the most alive thing in the picture.',
  });
  const f3 = await feedback({
    direction: 'given', collaboratorId: sam, projectId: songs, kind: 'technical', date: day(-9), anchor: '2:05',
    body: 'Try a capo on the second fret for the bridge, the open strings ring better against the vocal.',
  });
  await server.api('feedback.setStatus', { id: f3, status: 'discussed', date: day(-8) });
  const f4 = await feedback({
    direction: 'received', collaboratorId: ada, projectId: songs, piece: 'Mix v2', kind: 'critique', date: day(-20),
    body: 'Drop the reverb on the intro piano entirely.',
  });
  await server.api('feedback.setStatus', { id: f4, status: 'declined', date: day(-18), reason: 'The space is the point of the intro; I kept it but shortened the tail.' });
  await feedback({ direction: 'received', collaboratorId: sam, kind: 'encouragement', date: day(-25), body: 'That demo is the best thing you have written this year. Finish it.' });
  await feedback({ direction: 'given', collaboratorId: lee, projectId: harbour, kind: 'critique', date: day(-30), anchor: 'bar 32', body: 'The left hand rushes in the run before bar 32; practise it with the metronome at 60.' });

  const l1 = await made('lessons.create', {
    collaboratorId: ada, projectId: songs, userRole: 'learner', date: day(-2), durationMin: 90,
    topics: 'Vocal compression and automation', takeaways: 'Compress gently twice rather than hard once. Automate before you compress.', confidence: 2,
    practice: [
      { text: 'Ride the chorus vocal by hand on Mix v3', dueDate: day(2) },
      { text: 'Compare two-stage and one-stage compression on the verse', dueDate: day(-1) },
      { text: 'Read the chapter on gain staging', dueDate: null },
    ],
  });
  await made('lessons.create', {
    collaboratorId: lee, userRole: 'teacher', date: day(-12), durationMin: 45, topics: 'Scales in D and left-hand independence', confidence: 5,
    practice: [{ text: 'Lee: D major scale, hands separately, 60 bpm', dueDate: day(5) }],
  });
  await made('lessons.create', {
    collaboratorId: sam, userRole: 'peers', date: day(-16), durationMin: 120, topics: 'Swapped: my chord voicings for his open tunings', confidence: 3,
    practice: [{ text: 'Write one verse in DADGAD', dueDate: day(9) }],
  });

  const request = (input: Record<string, unknown>) => made('requests.create', input);
  await request({ askedBy: 'me', collaboratorId: ada, projectId: songs, what: 'Review my mix before Friday', dateAsked: day(-4), outcome: 'met', dateResolved: day(-3) });
  await request({ askedBy: 'me', collaboratorId: lee, what: 'Help hang the show on Saturday', dateAsked: day(-10), outcome: 'declined', dateResolved: day(-9), note: 'Away that weekend.' });
  await request({ askedBy: 'them', collaboratorId: sam, what: 'Lend him my reference monitors for a week', dateAsked: day(-14), outcome: 'partly-met', dateResolved: day(-12) });
  await request({ askedBy: 'them', collaboratorId: mira, projectId: harbour, what: 'Write a few lines for her catalogue', dateAsked: day(-1) });
  await request({ askedBy: 'me', collaboratorId: sam, what: 'Play bass on track four', dateAsked: day(-40), outcome: 'ignored', dateResolved: day(-20) });

  const help = (input: Record<string, unknown>) => made('help.create', input);
  await help({ direction: 'received', collaboratorId: sam, benefit: 'growth', weight: 3, initiatedBy: 'them', date: day(-5), note: 'Introduced me to the gallery on Dean Street' });
  await help({ direction: 'given', collaboratorId: mira, projectId: harbour, benefit: 'growth', weight: 2, date: day(-7), note: 'Helped carry and hang six canvases' });
  await help({ direction: 'given', collaboratorId: lee, benefit: 'knowledge', weight: 1, date: day(-11), note: 'Sent Lee my notes on practising slowly' });
  return { ada, songs, f1, l1 };
}

test('screenshots of the log pages, light and dark', async ({ page, server, appUrl }) => {
  const shoot = async (name: string) => {
    // The content column scrolls inside the window; grow the window to show all of it.
    const height = await page.locator('#main').evaluate((main) => main.scrollHeight);
    await page.setViewportSize({ width: 1280, height: Math.max(820, height) });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.waitForTimeout(Number(process.env.SHOT_WAIT ?? 250));
      await page.screenshot({ path: path.join(OUT, `log-${name}-${colorScheme}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 820 });
  };
  const visit = async (hash: string, heading: string) => {
    await page.goto(`${server.origin}/#${hash}`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.mouse.move(0, 0);
  };

  await page.goto(appUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Counterpoint');
  await visit('/feedback', 'Feedback');
  await shoot('feedback-empty');

  const { ada, songs, f1, l1 } = await seed(server);
  await visit('/feedback', 'Feedback');
  await shoot('feedback-list');
  await visit(`/feedback/${f1}`, 'Critique from Ada Okafor');
  await shoot('feedback-detail');
  await visit(`/feedback/new?person=${ada}&project=${songs}`, 'Log feedback');
  const form = page.getByRole('form', { name: 'Feedback' });
  await form.getByLabel('Feedback', { exact: true }).fill('The bridge drags; cut four bars or lift the drums.');
  await form.getByLabel('Piece or version').fill('Mix v4');
  await form.getByLabel('Anchor').fill('2:40–3:05');
  await page.getByText('Counts in the ledger as').click();
  await shoot('feedback-form');
  await form.getByLabel('Anchor').fill('3:05–2:40');
  await form.getByRole('button', { name: 'Log feedback' }).click();
  await shoot('feedback-form-errors');

  await visit('/lessons', 'Lessons');
  await shoot('lesson-list');
  await visit(`/lessons/${l1}`, 'Lesson with Ada Okafor');
  await shoot('lesson-detail');
  await visit(`/lessons/${l1}/edit`, 'Edit lesson');
  await shoot('lesson-form');
  await visit('/lessons/new', 'Log a lesson');
  await page.getByRole('button', { name: 'Add a practice item' }).click();
  await page.getByRole('button', { name: 'Log lesson' }).click();
  await shoot('lesson-form-errors');
  await visit('/lessons/practice', 'Practice');
  await shoot('practice');

  await visit('/requests', 'Requests');
  await shoot('requests');
  await page.getByRole('link', { name: 'Help hang the show on Saturday' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help hang the show on Saturday');
  await shoot('request-detail');
  await visit('/requests/new', 'Log a request');
  await shoot('request-form');
  await visit('/exchanges', 'Give & take');
  await shoot('give-and-take');
  await page.getByRole('link', { name: 'Introduced me to the gallery on Dean Street', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Growth from Sam Reyes');
  await shoot('help-detail');
  await visit('/help/new', 'Log help');
  await page.getByRole('button', { name: 'Log help' }).last().click();
  await shoot('help-form-errors');
});
