import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/SettingsPage';

/**
 * A settings file with one bad value: the app starts, says once which setting was reset and why,
 * keeps every other value, and "Keep the default" writes it into the file. Leftovers of an
 * interrupted run (a sample-switch staging folder, a settings write's temp file) are gone after start.
 */
test('one invalid setting is reset, named on Settings and in a toast; the others are kept', async ({ page, server }) => {
  await server.stop();
  const file = path.join(server.dataDir, 'settings.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      window: { width: 1280, height: 840, maximized: false },
      analysis: { windowDays: 90, balancedBandLow: 2, minimumWeight: 8 },
    }),
  );
  const staging = path.join(server.dataDir, 'sample-library-Zq81Kx');
  fs.mkdirSync(staging);
  fs.writeFileSync(path.join(staging, 'counterpoint.sqlite3'), '');
  const temp = path.join(server.dataDir, 'settings.json.tmp-1796162602a1b2c3');
  fs.writeFileSync(temp, '{"window":');
  await server.restart();
  expect(fs.existsSync(staging)).toBe(false);
  expect(fs.existsSync(temp)).toBe(false);

  await page.goto(server.appUrl);
  const toasts = page.getByRole('region', { name: 'Notifications' });
  await expect(toasts).toContainText('A setting in your settings file was not valid and is back to its default.');
  await toasts.getByRole('link', { name: 'See which' }).click();

  const settings = new SettingsPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(settings.resetNotice).toContainText(
    'The analysis setting ‘Balanced band from’ was not valid (it said 2: the lower edge of the balanced band must be between 0 and 1) and is back to its default 0.35.',
  );
  await expect(settings.field('Balanced band from')).toHaveValue('0.35');
  await expect(settings.field('Window length (days)')).toHaveValue('90');
  await expect(settings.field('Minimum weight')).toHaveValue('8');
  await page.screenshot({ path: test.info().outputPath('settings-reset.png'), fullPage: false });

  await settings.resetNotice.getByRole('button', { name: 'Keep the default' }).click();
  await expect(settings.resetNotice).toHaveCount(0);
  await expect(toasts).toContainText('The defaults are saved');
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(saved.analysis).toMatchObject({ windowDays: 90, balancedBandLow: 0.35, minimumWeight: 8 });

  // Shown once: after a restart on the repaired file, no toast and no notice.
  await page.goto(await server.restart());
  await settings.open();
  await expect(settings.resetNotice).toHaveCount(0);
  await expect(toasts).not.toContainText('not valid');
});
