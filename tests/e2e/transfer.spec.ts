import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, seedSampleLibrary, test } from './fixtures';
import { DataTransferCard } from './pages/DataTransferCard';
import { AppServer } from './server';

test('export the sample library, then import it into a fresh library through its preview', async ({ page, server }) => {
  await seedSampleLibrary(server);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-e2e-transfer-'));
  const fresh = await AppServer.start();
  try {
    await page.goto(server.appUrl);
    const card = new DataTransferCard(page);
    await card.open();
    const download = await card.exportEverything();
    expect(download.suggestedFilename()).toMatch(/^counterpoint-\d{4}-\d{2}-\d{2}\.json$/);
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    const document = JSON.parse(fs.readFileSync(file, 'utf8')) as { format: string; feedback: unknown[]; collaborators: unknown[] };
    expect(document.format).toBe('counterpoint-export');
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(`to ${download.suggestedFilename()}`);

    const csv = await card.exportCsv('People');
    expect(csv.suggestedFilename()).toMatch(/^people-.*\.csv$/);

    // A fresh library in another server: everything in the file is new.
    await page.goto(fresh.appUrl);
    await card.open();
    await card.chooseImport(file);
    expect(await card.counts('Feedback')).toEqual([String(document.feedback.length), '0', '0']);
    expect(await card.counts('People')).toEqual([String(document.collaborators.length), '0', '0']);
    await card.importNow();
    await expect(card.result).toContainText('Imported.');
    await expect(card.result).toContainText(`Feedback: ${document.feedback.length} added`);
    await card.dialog.getByRole('button', { name: 'Done' }).click();
    await expect(card.dialog).toBeHidden();

    // The people are there, and a second import of the same file finds everything identical.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }).click();
    await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
    await card.open();
    await card.chooseImport(file);
    expect(await card.counts('Feedback')).toEqual(['0', String(document.feedback.length), '0']);
    await card.importNow();
    await expect(card.result).toContainText('Nothing needed importing');
    await card.dialog.getByRole('button', { name: 'Done' }).click();

    // Cancelling a preview removes its file too: nothing is left in either data folder.
    await card.chooseImport(file);
    await card.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(card.dialog).toBeHidden();
    for (const dir of [server.dataDir, fresh.dataDir]) {
      await expect.poll(() => fs.readdirSync(path.join(dir, 'transfer'))).toEqual([]);
    }
  } finally {
    await fresh.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('a file that is not an export is refused with the reason, and nothing changes', async ({ page, appUrl }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-e2e-transfer-'));
  try {
    const file = path.join(folder, 'notes.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'counterpoint-export', version: 1, projects: [{ id: 'x' }] }));
    await page.goto(appUrl);
    const card = new DataTransferCard(page);
    await card.open();
    await card.card.getByLabel('Choose an export file to import').setInputFiles(file);
    await expect(card.dialog.getByRole('alert')).toContainText('This file cannot be imported. Nothing was changed.');
    await expect(card.dialog.getByRole('alert')).toContainText('projects record 1 (id x), field "id"');
    await card.dialog.getByRole('button', { name: 'Done' }).click();
    await expect(card.dialog).toBeHidden();
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
