import fs from 'node:fs';
import path from 'node:path';
import type { ElectronApplication, Page } from '@playwright/test';
import type { CounterpointBridge } from '../../src/preload/api';
import { expect, test } from './desktopApp';

/** The page's global scope as the renderer sees it (this file is type-checked without the DOM library). */
type PageGlobals = { counterpoint?: CounterpointBridge };
type MainGlobals = { __counterpointSecondInstances?: number };

const projectsNav = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects', exact: true });

const windows = (app: ElectronApplication) =>
  app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((window) => ({ visible: window.isVisible() })));

test.describe('the desktop app over its lifetime (Electron)', () => {
  test('creates a project through the UI and still has it after quitting and starting again', async ({ desktop }) => {
    test.setTimeout(90_000);
    const { page } = await desktop.launch();
    await expect(page).toHaveTitle(/Counterpoint/);

    await projectsNav(page).click();
    await page.getByRole('link', { name: 'New project' }).first().click();
    const form = page.getByRole('form', { name: 'Project' });
    await form.getByRole('textbox', { name: 'Title' }).fill('Night Songs');
    await form.getByRole('combobox', { name: 'Medium' }).selectOption({ label: 'Music' });
    await form.getByRole('button', { name: 'Create project' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Night Songs');
    const listed = await page.evaluate(() => (globalThis as PageGlobals).counterpoint!.invoke('projects.list', {}));
    expect(listed).toMatchObject({ ok: true, value: [{ title: 'Night Songs', medium: 'music' }] });

    await desktop.quit();
    // Quitting closed the library cleanly (checkpointed, no write-ahead log left) and remembered the window.
    expect(fs.existsSync(path.join(desktop.dataDir, 'counterpoint.sqlite3-wal'))).toBe(false);
    const settings = JSON.parse(fs.readFileSync(path.join(desktop.dataDir, 'settings.json'), 'utf8')) as {
      window?: { width?: unknown; x?: unknown };
    };
    expect(typeof settings.window?.width).toBe('number');
    expect(typeof settings.window?.x).toBe('number');

    const { page: reopened } = await desktop.launch();
    await projectsNav(reopened).click();
    await expect(reopened.getByRole('list', { name: 'Projects' }).getByRole('link', { name: 'Night Songs' })).toBeVisible();
  });

  test('a second launch on the same library brings the first window back instead of opening another', async ({ desktop }) => {
    const { app } = await desktop.launch();
    await app.evaluate(({ app: electronApp, BrowserWindow }) => {
      (globalThis as MainGlobals).__counterpointSecondInstances = 0;
      // Registered after the app's own handler, so it runs once the window has been brought back.
      electronApp.on('second-instance', () => {
        (globalThis as MainGlobals).__counterpointSecondInstances! += 1;
      });
      BrowserWindow.getAllWindows()[0]!.hide();
    });
    await expect.poll(() => windows(app)).toEqual([{ visible: false }]);

    // The second instance finds the library's lock taken, tells the first, and quits on its own.
    expect(await desktop.launchSecondInstance()).toBe(0);
    await expect.poll(() => app.evaluate(() => (globalThis as MainGlobals).__counterpointSecondInstances)).toBe(1);
    await expect.poll(() => windows(app)).toEqual([{ visible: true }]);
  });
});
