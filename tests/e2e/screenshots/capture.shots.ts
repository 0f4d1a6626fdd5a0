import path from 'node:path';
import { expect, test } from '../fixtures';
import type { AppServer } from '../server';

const OUT = path.resolve(process.env.SCREENSHOT_DIR ?? '.tmp/screenshots');

interface Made {
  id: string;
}

/** A small, believable library: a musician's and painter's circle. */
async function seed(server: AppServer) {
  const person = async (name: string, roles: string[], kind = 'person', notes = '') =>
    ((await server.api('collaborators.create', { name, roles, kind, notes })) as Made).id;
  const project = async (fields: Record<string, unknown>) => ((await server.api('projects.create', fields)) as Made).id;
  const add = (projectId: string, collaboratorId: string, role: string) =>
    server.api('projects.addMember', { projectId, collaboratorId, role });

  const ada = await person('Ada Okafor', ['mentor', 'critic'], 'person', 'Mixing engineer. Direct, generous with time, prefers notes as timestamps.');
  const sam = await person('Sam Reyes', ['peer', 'co-creator']);
  const band = await person('The Tuesday Band', ['co-creator'], 'group', 'Rehearsals on Tuesdays at the Annex.');
  const lee = await person('Lee Marlow', ['mentee']);
  const mira = await person('Mira Chen', ['critic', 'audience']);
  await person('Jonas Weber', ['peer']);

  const film = await project({ title: 'Tidewater', medium: 'film', status: 'finished', startDate: '2025-03-01', endDate: '2025-09-20' });
  await add(film, sam, 'editor');
  const sketch = await project({ title: 'Sketchbook 2026', medium: 'drawing', status: 'paused', startDate: '2026-01-01' });
  await add(sketch, mira, 'monthly critique');
  await project({ title: 'The Long Walk', medium: 'writing', status: 'idea', description: 'A novella about walking the coast path.' });
  const harbour = await project({ title: 'Harbour Studies', medium: 'painting', status: 'active', startDate: '2026-04-12' });
  await add(harbour, mira, 'first viewer');
  await add(harbour, lee, 'assistant');
  const songs = await project({
    title: 'Night Songs EP',
    medium: 'music',
    status: 'active',
    startDate: '2026-02-03',
    endDate: '2026-12-15',
    description:
      'Five songs written after midnight, recorded live with the band at the Annex. Ada mixes; Sam co-writes two of the tracks.',
  });
  await add(songs, ada, 'mixing and mastering');
  await add(songs, sam, 'co-writer, guitar');
  await add(songs, band, 'backing band');
  await add(songs, mira, '');
  return { songs, ada };
}

test('screenshots of the main pages, light and dark', async ({ page, server, appUrl }) => {
  const shoot = async (name: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      // Give the new colour scheme a moment to repaint everything (text colours can lag a frame behind).
      await page.waitForTimeout(Number(process.env.SHOT_WAIT ?? 250));
      await page.screenshot({ path: path.join(OUT, `${name}-${colorScheme}.png`) });
    }
  };
  const visit = async (hash: string, heading: string) => {
    await page.goto(`${server.origin}/#${hash}`);
    // Seeding went around the page, so load each one fresh rather than from the query cache.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.mouse.move(0, 0);
  };

  await page.goto(appUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Counterpoint');
  await shoot('dashboard-empty');

  const { songs, ada } = await seed(server);
  await visit('/', 'Dashboard');
  await shoot('dashboard');
  await visit('/projects', 'Projects');
  await shoot('projects');
  await visit(`/projects/${songs}`, 'Night Songs EP');
  await shoot('project-detail');
  await visit('/people', 'People');
  await shoot('people');
  await visit(`/people/${ada}`, 'Ada Okafor');
  await shoot('person-detail');
  await visit('/projects/new', 'New project');
  await page.getByRole('button', { name: 'Create project' }).click();
  await shoot('project-form-errors');
  await visit('/people/new', 'New person');
  await shoot('person-form');
  await visit(`/projects/${songs}`, 'Night Songs EP');
  await page.getByRole('button', { name: 'Add person' }).click();
  await shoot('add-member-dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await shoot('archived-toast');

  // The README's picture: the project page, light, at 2x.
  const readme = await page.context().browser()!.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  await readme.goto(`${server.origin}/?token=${server.token}#/projects/${songs}`);
  await readme.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(readme.getByRole('button', { name: 'Archive', exact: true })).toBeVisible();
  await readme.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await readme.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: 'Dismiss notification' }).click();
  await readme.mouse.move(0, 0);
  await readme.screenshot({ path: path.join(OUT, 'readme-project-detail.png') });
  await readme.close();
});
