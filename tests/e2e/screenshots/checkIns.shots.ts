import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, seedSampleLibrary, test } from '../fixtures';

const OUT = path.resolve(process.env.SCREENSHOT_DIR ?? '.tmp/screenshots');

/** Every shot at 1280 and 700 px, light and dark, grown to the page's full height. */
async function shoot(page: Page, name: string) {
  await expect(page.locator('.loading')).toHaveCount(0, { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  for (const width of [1280, 700]) {
    await page.setViewportSize({ width, height: 820 });
    const height = await page.locator('#main').evaluate((main) => main.scrollHeight);
    await page.setViewportSize({ width, height: Math.max(820, Math.min(height, 4000)) });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.screenshot({ path: path.join(OUT, `check-ins-${name}-${width}-${colorScheme}.png`) });
    }
  }
  await page.setViewportSize({ width: 1280, height: 820 });
}

/** The due list on the Dashboard and the Check-ins page (sample library, a few cadences), its empty state, a person's control. */
test('screenshots of check-ins', async ({ page, server }) => {
  test.setTimeout(300_000);
  await page.goto(server.appUrl);
  await page.evaluate(`window.location.hash = '#/check-ins'`);
  await expect(page.getByRole('heading', { name: 'No check-ins planned yet' })).toBeVisible();
  await shoot(page, 'empty');

  await seedSampleLibrary(server);
  const people = (await server.api('collaborators.list', {})) as { id: string; name: string }[];
  const cadences = [
    { every: 2, unit: 'weeks' },
    { every: 3, unit: 'days' },
    { every: 1, unit: 'months' },
    { every: 6, unit: 'weeks' },
    { every: 10, unit: 'weeks' },
  ];
  for (const [index, cadence] of cadences.entries()) {
    const person = people[index];
    if (person) await server.api('checkIns.setCadence', { collaboratorId: person.id, cadence });
  }
  await page.goto(server.appUrl);
  await expect(page.getByRole('region', { name: 'Check-ins due' })).toBeVisible();
  await shoot(page, 'dashboard');
  await page.evaluate(`window.location.hash = '#/check-ins'`);
  await expect(page.getByRole('heading', { name: 'Check-ins', level: 1 })).toBeVisible();
  await shoot(page, 'page');
  await page.getByRole('button', { name: /^Snooze / }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.screenshot({ path: path.join(OUT, 'check-ins-snooze-1280-light.png') });
  await page.keyboard.press('Escape');
  await page.evaluate(`window.location.hash = '#/people/${people[0]?.id ?? ''}'`);
  await expect(page.getByRole('region', { name: 'Check-ins' })).toBeVisible();
  await shoot(page, 'person');
});
