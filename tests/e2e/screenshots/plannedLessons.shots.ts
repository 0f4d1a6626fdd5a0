import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { addPerson, logEntry } from '../logSeed';

const OUT = path.resolve(process.env.SCREENSHOT_DIR ?? '.tmp/screenshots');
const EARLY = '2026-03-09T10:00:00Z';
const NOW = '2026-03-16T10:00:00Z';
test.use({ serverClock: EARLY });

/** Every shot at 1280 and 700 px, light and dark, grown to the page's full height. */
async function shoot(page: Page, name: string, full = true) {
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 15_000 });
  for (const width of [1280, 700]) {
    await page.setViewportSize({ width, height: 820 });
    const height = full ? await page.locator('#main').evaluate((main) => main.scrollHeight) : 820;
    await page.setViewportSize({ width, height: Math.max(820, Math.min(height, 4000)) });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.screenshot({ path: path.join(OUT, `planned-${name}-${width}-${colorScheme}.png`) });
    }
  }
  await page.setViewportSize({ width: 1280, height: 820 });
}

/** Upcoming (empty, then with lessons to answer for, planned ones and practice due), the Dashboard's prompt, the held dialog and the plan form. */
test('screenshots of planned lessons', async ({ page, server }) => {
  test.setTimeout(300_000);
  await page.clock.install({ time: new Date(EARLY) });
  await page.goto(`${server.appUrl}#/upcoming`);
  await expect(page.getByRole('heading', { name: 'Nothing upcoming' })).toBeVisible();
  await shoot(page, 'upcoming-empty', false);

  const ada = await addPerson(server, 'Ada Okafor', ['mentor']);
  const ben = await addPerson(server, 'Ben Ito', ['peer']);
  const project = ((await server.api('projects.create', { title: 'Night Album', medium: 'music', status: 'active' })) as { id: string }).id;
  await logEntry(server, 'lessons.plan', { collaboratorId: ada, date: '2026-03-12', topics: 'Reharmonising the bridge with tritone substitutions', projectId: project });
  await logEntry(server, 'lessons.plan', { collaboratorId: ben, userRole: 'peers', date: '2026-03-14', durationMin: 90, topics: 'Swap: mixing vocals for drum programming' });
  await logEntry(server, 'lessons.create', {
    collaboratorId: ada,
    date: '2026-03-05',
    topics: 'Voicing extended chords',
    practice: [
      { text: 'Drop-2 voicings in all keys', dueDate: '2026-03-12' },
      { text: 'Transcribe the intro of “Naima”', dueDate: '2026-03-20' },
      { text: 'Left-hand shells, ten minutes a day', dueDate: '2026-04-02' },
    ],
  });
  const nowUrl = await server.restart({ clock: NOW });
  await page.clock.setSystemTime(new Date(NOW));
  await logEntry(server, 'lessons.plan', { collaboratorId: ada, date: '2026-03-16', durationMin: 45, topics: 'Ear training: hearing the bass line' });
  await logEntry(server, 'lessons.plan', { collaboratorId: ada, date: '2026-03-23', topics: 'Comping behind a soloist' });
  await logEntry(server, 'lessons.plan', { collaboratorId: ben, userRole: 'teacher', date: '2026-04-01', durationMin: 120, topics: 'Teaching Ben song form and arranging' });

  await page.goto(`${nowUrl}#/upcoming`);
  await expect(page.getByRole('list', { name: 'Lessons to answer for' })).toBeVisible();
  await shoot(page, 'upcoming');

  await page.goto(nowUrl);
  await expect(page.getByRole('list', { name: 'Lessons to answer for' })).toBeVisible();
  await shoot(page, 'dashboard');
  await page.getByRole('list', { name: 'Lessons to answer for' }).getByRole('button', { name: 'Held…' }).first().click();
  const held = page.getByRole('dialog', { name: 'Mark the lesson held' });
  await held.getByLabel('Takeaways').fill('Tritone subs work best on the dominant before the turnaround.');
  await shoot(page, 'held-dialog', false);
  await held.getByRole('button', { name: 'Cancel' }).click();

  await page.goto(`${nowUrl}#/lessons/new?plan=1`);
  const form = page.getByRole('form', { name: 'Lesson' });
  await form.getByLabel('Person').selectOption({ label: 'Ben Ito' });
  await form.getByLabel('Topics').fill('Arranging strings for the second chorus');
  await form.getByLabel('Date').fill('2026-03-10');
  await form.getByRole('button', { name: 'Plan lesson' }).click();
  await expect(form.getByLabel('Date')).toHaveAccessibleDescription(/^A planned lesson is for today/);
  await shoot(page, 'plan-form');

  await page.goto(`${nowUrl}#/people/${ada}`);
  await expect(page.getByRole('list', { name: 'Planned lessons' })).toBeVisible();
  await page.getByRole('list', { name: 'Planned lessons' }).getByRole('link').first().click();
  await expect(page.getByRole('button', { name: 'Held…' })).toBeVisible();
  await shoot(page, 'lesson', false);
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('form', { name: 'Lesson' })).toBeVisible();
  await shoot(page, 'edit-planned');
  await page.goto(`${nowUrl}#/lessons`);
  await expect(page.getByText('Comping behind a soloist')).toBeVisible();
  await shoot(page, 'lessons-list', false);
  await page.goto(`${nowUrl}#/people/${ada}`);
  await expect(page.getByRole('list', { name: 'Planned lessons' })).toBeVisible();
  await shoot(page, 'person', false);
});
