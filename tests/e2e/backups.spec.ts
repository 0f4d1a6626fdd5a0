import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { BackupsCard } from './pages/BackupsCard';
import { DamagedLibraryScreen } from './pages/DamagedLibraryScreen';
import { PeoplePage } from './pages/PeoplePage';

/** src/main/db/open.ts DATABASE_FILE; not imported, so the tests do not load the native SQLite module. */
const LIBRARY_FILE = 'counterpoint.sqlite3';

test('a backup made in Settings is restored from Settings, after the state it replaces is backed up', async ({ page, appUrl }) => {
  const shell = new AppShell(page);
  const people = new PeoplePage(page);
  const backups = new BackupsCard(page);

  await page.goto(appUrl);
  await backups.open();
  await expect(backups.card).toContainText('No backups yet');

  await shell.goTo('People');
  await people.create({ name: 'Ada Okafor', roles: ['Mentor'] });
  await backups.open();
  await backups.backUpNow();
  await expect(backups.rows).toHaveCount(1);
  await expect(backups.rows.first()).toContainText('Made by you');
  await expect(backups.rows.first()).toContainText('1 person');

  await shell.goTo('People');
  await people.create({ name: 'Sam Reyes', roles: ['Peer'] });
  await shell.goTo('People');
  await expect(people.list.getByRole('listitem')).toHaveCount(2);

  await backups.open();
  await backups.restore(0);
  await shell.goTo('People');
  await expect(people.row('Ada Okafor')).toBeVisible();
  await expect(people.row('Sam Reyes')).toHaveCount(0);

  // The state that was replaced is the newest backup now, so coming back to it is one more restore.
  await backups.open();
  await expect(backups.rows).toHaveCount(2);
  await expect(backups.rows.first()).toContainText('Before a restore');
  await expect(backups.rows.first()).toContainText('2 people');
});

test('a library with a damaged page opens on a calm screen that names the file and restores the newest backup', async ({ page, server }) => {
  const ada = (await server.api('collaborators.create', { name: 'Ada Okafor', roles: ['mentor'] })) as { id: string };
  for (let index = 0; index < 200; index++) {
    await server.api('help.create', {
      collaboratorId: ada.id,
      direction: 'received',
      benefit: 'knowledge',
      weight: 1,
      initiatedBy: 'them',
      date: '2026-11-01',
      note: `Walked me through the mix, part ${index}. `.repeat(8),
    });
  }
  await server.api('backups.create');
  await server.stop();

  // Garbage over a page in the middle of the file, as a failing disk would leave it.
  const file = path.join(server.dataDir, LIBRARY_FILE);
  const pageSize = fs.readFileSync(file).readUInt16BE(16);
  const pages = fs.statSync(file).size / pageSize;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa7), 0, pageSize, Math.floor(pages / 2) * pageSize);
  fs.closeSync(fd);
  const damaged = fs.readFileSync(file);

  await page.goto(await server.restart());
  const screen = new DamagedLibraryScreen(page);
  await expect(screen.heading).toHaveText('Your library file is damaged');
  await expect(screen.heading).toBeFocused();
  await expect(page.getByText(file).first()).toBeVisible();
  await expect(page.getByText('Counterpoint has not changed the file: nothing was written to it.')).toBeVisible();
  await expect(screen.newestBackup).toContainText('Made by you');
  await expect(screen.newestBackup).toContainText('200 help · 1 person');
  expect(fs.readFileSync(file).equals(damaged)).toBe(true);
  expect(fs.readdirSync(server.dataDir).filter((name) => name.endsWith('-wal') || name.endsWith('-shm'))).toEqual([]);

  await screen.restoreNewest();
  await new AppShell(page).goTo('People');
  await expect(new PeoplePage(page).row('Ada Okafor')).toBeVisible();
  // The damaged file is kept beside the library, unchanged.
  const aside = fs.readdirSync(server.dataDir).filter((name) => name.startsWith('counterpoint.damaged-'));
  expect(aside).toHaveLength(1);
  expect(fs.readFileSync(path.join(server.dataDir, aside[0] as string)).equals(damaged)).toBe(true);
});
