import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, seedSampleLibrary, test } from '../fixtures';
import type { AppServer } from '../server';

const OUT = path.resolve(process.env.SCREENSHOT_DIR ?? '.tmp/screenshots');

/** The Patterns page, balance panels (a peer, a mentor), the Dashboard's attention cards, Settings and the sample banner — light and dark. */
test('screenshots of the patterns views, light and dark', async ({ page, server }) => {
  test.setTimeout(120_000);
  await seedSampleLibrary(server);
  const people = (await server.api('collaborators.list', {})) as { id: string; name: string }[];
  const idOf = (name: string) => people.find((person) => person.name === name)?.id ?? '';

  await page.goto(server.appUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await visit(page, server, '/patterns', 'Patterns');
  await shoot(page, 'pat-patterns');
  await page.getByRole('heading', { name: 'Relationships', level: 2 }).scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: 'Relationships', level: 2 }).evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await shoot(page, 'pat-patterns-relationships');
  const anna = page.getByRole('article', { name: 'Anna Kowalski' });
  await anna.getByRole('button', { name: /behind this/ }).click();
  await anna.evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await shoot(page, 'pat-patterns-evidence');

  await visit(page, server, `/people/${idOf('Kofi Mensah')}`, 'Kofi Mensah');
  await shoot(page, 'pat-person-peer');
  await page.getByRole('region', { name: 'Balance', exact: true }).getByRole('button', { name: 'Show as table' }).click();
  await page.getByRole('region', { name: 'Balance', exact: true }).evaluate((node) => node.scrollIntoView({ block: 'end' }));
  await shoot(page, 'pat-person-peer-table');
  await visit(page, server, `/people/${idOf('Elena Rossi')}`, 'Elena Rossi');
  await shoot(page, 'pat-person-mentor');
  await page.getByRole('heading', { name: 'Your path as a learner' }).evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await shoot(page, 'pat-person-mentor-path');
  await visit(page, server, '/', 'Dashboard');
  await shoot(page, 'pat-dashboard');
  await visit(page, server, '/settings', 'Settings');
  await shoot(page, 'pat-settings');
  await page.getByLabel('Balanced band from').fill('0.7');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The balanced band must start below where it ends')).toBeVisible();
  await shoot(page, 'pat-settings-errors');
});

test('screenshots of the sample library from an empty one, light and dark', async ({ page, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Counterpoint');
  await shoot(page, 'pat-welcome');
  await page.getByRole('link', { name: 'Patterns', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No one to weigh yet' })).toBeVisible();
  await shoot(page, 'pat-patterns-empty');
  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await page.getByRole('button', { name: 'Explore a sample library' }).click();
  await expect(page.getByRole('region', { name: 'Sample library' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Needs attention' })).toBeVisible();
  await page.mouse.move(0, 0);
  await shoot(page, 'pat-sample-dashboard');
  await page.goto(`${new URL(appUrl).origin}/#/patterns?window=90`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Patterns');
  await shoot(page, 'pat-patterns-empty-window');
});

async function visit(page: Page, server: AppServer, hash: string, heading: string) {
  await page.goto(`${server.origin}/#${hash}`);
  await expect(page).toHaveURL(new RegExp(`#${hash.replace(/[?]/g, '\\?')}$`));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await page.getByRole('status').filter({ hasText: /Loading|Weighing/ }).waitFor({ state: 'detached' }).catch(() => undefined);
  await page.mouse.move(0, 0);
}

async function shoot(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.waitForTimeout(Number(process.env.SHOT_WAIT ?? 250));
    await page.screenshot({ path: path.join(OUT, `${name}-${colorScheme}.png`) });
  }
}
