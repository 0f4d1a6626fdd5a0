import path from 'node:path';
import type { Page } from '@playwright/test';
import { QUESTIONNAIRE } from '../../../src/shared/selfAssessment/questionnaire';
import { expect, seedSampleLibrary, test } from '../fixtures';
import type { AppServer } from '../server';

const OUT = path.resolve(process.env.SCREENSHOT_DIR ?? '.tmp/screenshots');

/** The self-assessment: the first-run offer, the questionnaire, a result, the history; at 1280 and 700 px, light and dark. */
test('screenshots of the self-assessment', async ({ page, server }) => {
  test.setTimeout(180_000);
  await page.goto(server.appUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Counterpoint');
  await shoot(page, 'sa-first-run');

  await visit(page, server, '/self-assessment', 'Self-assessment');
  await shoot(page, 'sa-invitation');
  await visit(page, server, '/self-assessment/take', 'Self-assessment');
  await shoot(page, 'sa-intro');
  await page.getByRole('button', { name: 'Begin' }).click();
  await shoot(page, 'sa-question-first');
  for (const key of ['4', 'Enter', '2', 'Enter', '5', 'Enter', '3']) await page.keyboard.press(key);
  await shoot(page, 'sa-question-answered');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await shoot(page, 'sa-question-needs-answer');
  await page.reload();
  await expect(page.getByText('Welcome back')).toBeVisible();
  await shoot(page, 'sa-question-resumed');

  await takeByApi(server, (index) => ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5);
  const second = await takeByApi(server, (index) => (index % 3 === 0 ? 5 : 2));
  await visit(page, server, `/self-assessment/${second}`, 'Your self-assessment');
  await shoot(page, 'sa-result');
  await page.getByRole('heading', { name: 'The four stances', level: 2 }).evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await shoot(page, 'sa-result-parts');
  await visit(page, server, '/self-assessment', 'Self-assessment');
  await page.getByRole('heading', { name: 'How your answers moved' }).evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await shoot(page, 'sa-history');

  await seedSampleLibrary(server);
  await page.goto(server.appUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await takeByApi(server, () => 4);
  const sample = await takeByApi(server, (index) => (index % 2 === 0 ? 2 : 4));
  await visit(page, server, `/self-assessment/${sample}`, 'Your self-assessment');
  await page.getByRole('heading', { name: 'The four stances', level: 2 }).evaluate((node) => node.scrollIntoView({ block: 'start' }));
  await shoot(page, 'sa-result-beside-log');
  await visit(page, server, '/', 'Dashboard');
  await page.getByRole('region', { name: 'How you see yourself' }).evaluate((node) => node.scrollIntoView({ block: 'center' }));
  await shoot(page, 'sa-dashboard');
});

/** Answers every statement through the API (item i gets answerOf(i)) and completes it; returns its id. */
async function takeByApi(server: AppServer, answerOf: (index: number) => 1 | 2 | 3 | 4 | 5): Promise<string> {
  let id = '';
  for (const [index, item] of QUESTIONNAIRE.items.entries()) {
    ({ id } = (await server.api('selfAssessments.answer', { itemId: item.id, answer: answerOf(index) })) as { id: string });
  }
  await server.api('selfAssessments.complete', { id });
  return id;
}

async function visit(page: Page, server: AppServer, hash: string, heading: string) {
  await page.goto(`${server.origin}/#${hash}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await page.getByRole('status').filter({ hasText: /Loading/ }).waitFor({ state: 'detached' }).catch(() => undefined);
  await page.mouse.move(0, 0);
}

async function shoot(page: Page, name: string) {
  for (const width of [1280, 700]) {
    await page.setViewportSize({ width, height: 820 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.waitForTimeout(Number(process.env.SHOT_WAIT ?? 250));
      await page.screenshot({ path: path.join(OUT, `${name}-${width}-${colorScheme}.png`) });
    }
  }
  await page.setViewportSize({ width: 1280, height: 820 });
}
