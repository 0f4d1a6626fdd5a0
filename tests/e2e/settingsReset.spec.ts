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

/**
 * A settings file that is not JSON at all: the app starts on the defaults and says so once; the file
 * is left as it was until "Keep the defaults", which sets it aside, byte for byte, and saves.
 */
test('an unreadable settings file is named, left as it was, and set aside at the first save', async ({ page, server }) => {
  await server.stop();
  const file = path.join(server.dataDir, 'settings.json');
  const unreadable = Buffer.from([0x00, 0x01, 0x7b, 0x7b, 0xff, 0x0a]);
  fs.writeFileSync(file, unreadable);
  await page.goto(await server.restart());
  const toasts = page.getByRole('region', { name: 'Notifications' });
  await expect(toasts).toContainText('Your settings file could not be read; every setting is at its default.');
  await toasts.getByRole('link', { name: 'See which' }).click();

  const settings = new SettingsPage(page);
  await expect(settings.resetNotice).toContainText('Your settings file could not be read');
  await expect(settings.resetNotice).toContainText('It holds 6 bytes that are not JSON, so every setting is at its default.');
  await expect(settings.resetNotice).toContainText('Counterpoint has not changed the file.');
  await page.screenshot({ path: test.info().outputPath('settings-unreadable.png'), fullPage: false });
  expect(fs.readFileSync(file).equals(unreadable)).toBe(true);

  await settings.resetNotice.getByRole('button', { name: 'Keep the defaults' }).click();
  await expect(settings.resetNotice).toHaveCount(0);
  const aside = fs.readdirSync(server.dataDir).filter((name) => name.startsWith('settings.json.unreadable-'));
  expect(aside).toHaveLength(1);
  expect(fs.readFileSync(path.join(server.dataDir, aside[0]!)).equals(unreadable)).toBe(true);
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toHaveProperty('analysis');
});
