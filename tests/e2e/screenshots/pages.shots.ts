import path from 'node:path';
import { everyPage } from '../appPages';
import { expect, seedSampleLibrary, test } from '../fixtures';

const OUT = path.resolve(process.env.SCREENSHOT_DIR ?? '.tmp/screenshots');
const WIDTHS = [1280, 700];

/**
 * Every page of the app (routes.tsx and the kind registry, as the accessibility suite walks them)
 * on the sample library, at 1280 and 700 px, light and dark:
 *   SCREENSHOT_DIR=/some/folder npx playwright test --config tests/e2e/screenshots/shots.config.ts pages.shots.ts
 * Files are named pages-<route>-<width>-<scheme>.png.
 */
test('screenshots of every page, 1280 and 700 px, light and dark', async ({ page, server }) => {
  test.setTimeout(600_000);
  await seedSampleLibrary(server);
  await page.goto(server.appUrl);
  for (const route of await everyPage(server)) {
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#${route}`)}`);
    await expect(page.getByRole('heading', { level: 1 }).first(), route).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.loading')).toHaveCount(0, { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    await page.mouse.move(0, 0);
    const name = route === '/' ? 'dashboard' : route.slice(1).replace(/\//g, '-').replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, 'id');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 820 });
      // The content column scrolls inside the window; grow the window to show all of it.
      const height = await page.locator('#main').evaluate((main) => main.scrollHeight);
      await page.setViewportSize({ width, height: Math.max(820, Math.min(height, 6000)) });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.screenshot({ path: path.join(OUT, `pages-${name}-${width}-${colorScheme}.png`) });
      }
    }
    await page.setViewportSize({ width: 1280, height: 820 });
  }
});
