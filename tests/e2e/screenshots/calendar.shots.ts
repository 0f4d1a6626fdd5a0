import path from 'node:path';
import { expect, test } from '../fixtures';

const OUT = path.resolve(process.env.SCREENSHOT_DIR ?? '.tmp/screenshots');

test.use({ serverClock: '2026-03-15T12:00:00Z' });

/** Settings' Reminders card (off, then refused by the browser) and the calendar export, at 1280 and 700 px, light and dark. */
test('screenshots of reminders and the calendar export', async ({ page, server }) => {
  await page.goto(server.appUrl);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  const card = page.getByRole('region', { name: 'Reminders' });
  await expect(card.getByRole('switch')).toBeVisible();
  for (const state of ['off', 'refused'] as const) {
    if (state === 'refused') {
      await card.getByRole('switch').check();
      await card.getByLabel('Quiet from').fill('');
      await card.getByRole('button', { name: 'Save' }).click();
      await expect(card.getByText('must be a time like')).toBeVisible();
      await card.getByLabel('Quiet from').fill('22:00');
      await card.getByRole('button', { name: 'Save' }).click();
      await expect(card.getByRole('alert')).toBeVisible();
    }
    for (const width of [1280, 700]) {
      await page.setViewportSize({ width, height: 900 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await card.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(OUT, `reminders-${state}-${width}-${colorScheme}.png`), fullPage: false });
      }
    }
  }
  await page.getByRole('region', { name: 'Export and import' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUT, 'calendar-export-700-dark.png') });
});
