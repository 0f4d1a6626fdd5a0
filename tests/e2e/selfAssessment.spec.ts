import { QUESTIONNAIRE, SELF_STANCES, type Answer } from '../../src/shared/selfAssessment/questionnaire';
import { expect, seedSampleLibrary, test } from './fixtures';
import { SelfAssessmentPages } from './pages/SelfAssessmentPages';

/**
 * The self-assessment in Chromium against the real browser-mode server: taken from the keyboard
 * alone from the first run, retaken, left halfway and resumed, and set beside the sample library's log.
 * Scores are hand-computed from questionnaire v1's keys (questionnaire.ts): an answer counts
 * (answer − 1) × 25, a reverse-keyed one (5 − answer) × 25, and a part is the mean of its items.
 */

test('from the first run, the questionnaire taken with the keyboard only gives a profile; a retake moves the history', async ({ page, appUrl }) => {
  // Two takes of 24 statements, each key a round trip: about 30 s alone, more beside another worker.
  test.setTimeout(120_000);
  const sa = new SelfAssessmentPages(page);
  await page.goto(appUrl);
  await expect(sa.heading).toHaveText('Welcome to Counterpoint');
  await expect(sa.heading).toBeFocused();
  // The welcome's actions: add a person, add a project, then the questionnaire beside the sample library.
  for (const name of ['Add your first person', 'Add a project', 'Take the self-assessment']) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name })).toBeFocused();
  }
  await expect(page.getByRole('button', { name: 'Explore a sample library' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(sa.heading).toHaveText('Self-assessment');
  await sa.beginWithKeyboard();

  // ↑ ↓ move between the answers (choosing as they go, as radios do), ← and → between statements.
  await expect(sa.answer(1)).toBeFocused();
  await page.keyboard.press('2');
  await page.keyboard.press('ArrowDown');
  await expect(sa.answer(3)).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(sa.answer(2)).toBeChecked();
  await page.keyboard.press('4');
  await page.keyboard.press('ArrowRight');
  await sa.expectAt(2);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Choose the answer that fits you best first')).toBeVisible();
  await sa.expectAt(2);
  await page.keyboard.press('ArrowLeft');
  await sa.expectAt(1);
  await expect(sa.answer(4)).toBeChecked();
  await expect(sa.answer(4)).toBeFocused();
  await page.keyboard.press('Enter');

  // Every statement "Agree": a plain item counts 75, a reverse-keyed one 25. Each stance has two
  // plain items and one reversed, (75 + 75 + 25) / 3 = 58; each benefit three and one, 250 / 4 = 62.5 → 63.
  await sa.answerWithKeyboard(2, QUESTIONNAIRE.items.length, () => 4);
  await expect(sa.heading).toHaveText('Your self-assessment');
  await expect(sa.profile).toHaveAttribute(
    'aria-label',
    'Your profile, each out of 100. The four stances: Going it alone 58, Leaning 58, One-sided giving and taking 58, Mutual exchange 58. The three benefits: Openness to knowledge 63, Openness to perspective 63, Openness to growth 63.',
  );
  await expect(sa.part('independence')).toContainText('One thing to try');
  // An empty library has no log to set beside the answers, and says so instead of guessing.
  for (const stance of SELF_STANCES) await expect(sa.part(stance)).toContainText('Too little log yet');

  // The retake, every statement "Disagree": plain 25, reversed 75: stances 125 / 3 = 42, benefits 150 / 4 = 38.
  await page.getByRole('link', { name: 'Retake' }).click();
  await sa.beginWithKeyboard();
  await sa.answerWithKeyboard(1, QUESTIONNAIRE.items.length, () => 2);
  await expect(sa.heading).toHaveText('Your self-assessment');
  await expect(sa.profile).toHaveAttribute('aria-label', /The four stances: Going it alone 42, .*Openness to knowledge 38/);
  await expect(page.getByRole('note')).toContainText('Openness to knowledge down 25');
  await expect(sa.part('independence')).toContainText('down 16 since the last one');

  await sa.openHome();
  const moved = page.getByRole('region', { name: 'How your answers moved' });
  await expect(moved.getByRole('img', { name: /^The four stances over time, across 2 self-assessments/ })).toHaveAttribute(
    'aria-label',
    /Going it alone 58 to 42, Leaning 58 to 42, One-sided giving and taking 58 to 42, Mutual exchange 58 to 42\.$/,
  );
  await moved.getByRole('radio', { name: 'The three benefits' }).check();
  await expect(moved.getByRole('img', { name: /^The three benefits over time/ })).toHaveAttribute('aria-label', /Openness to knowledge 63 to 38/);
  await moved.getByRole('button', { name: 'Show as table' }).click();
  await expect(moved.getByRole('table').getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('list', { name: 'All self-assessments' }).getByRole('listitem')).toHaveCount(2);

  // The first-run Dashboard shows the latest profile in brief.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByRole('region', { name: 'How you see yourself' }).getByRole('img', { name: /Going it alone 42/ })).toBeVisible();
});

test('leaving halfway keeps the answers: a reload resumes at the next statement, and starting over clears them', async ({ page, server }) => {
  const sa = new SelfAssessmentPages(page);
  await page.goto(`${server.appUrl}#/self-assessment/take`);
  await sa.beginWithKeyboard();
  const answerOf = (n: number): Answer => ((n % 5) + 1) as Answer;
  await sa.answerWithKeyboard(1, 7, answerOf);
  await sa.expectAt(8);

  await page.reload();
  await expect(page.getByText('Welcome back')).toBeVisible();
  await expect(page.getByText('Your 7 answers are kept')).toBeVisible();
  await sa.expectAt(8);
  await page.keyboard.press('ArrowLeft');
  await sa.expectAt(7);
  await expect(sa.answer(answerOf(7))).toBeChecked();

  await sa.openHome();
  await expect(page.getByText('7 of 24 answered')).toBeVisible();
  await page.getByRole('link', { name: 'Continue' }).click();
  await sa.expectAt(8);

  await page.getByRole('button', { name: 'Start over' }).first().click();
  await page.getByRole('dialog', { name: 'Start over?' }).getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('button', { name: 'Begin' })).toBeFocused();
  await page.reload();
  await sa.beginWithKeyboard();
  for (const answer of [1, 2, 3, 4, 5] as const) await expect(sa.answer(answer)).not.toBeChecked();
});

test('beside the sample library’s log, each stance says where the log agrees or differs, with its numbers', async ({ page, server }) => {
  await seedSampleLibrary(server);
  let id = '';
  for (const item of QUESTIONNAIRE.items) {
    ({ id } = (await server.api('selfAssessments.answer', { itemId: item.id, answer: 4 })) as { id: string });
  }
  await server.api('selfAssessments.complete', { id });
  const sa = new SelfAssessmentPages(page);
  await page.goto(`${server.appUrl}#/self-assessment/${id}`);
  await expect(sa.heading).toHaveText('Your self-assessment');

  let compared = 0;
  for (const stance of SELF_STANCES) {
    const beside = sa.part(stance).getByRole('region', { name: /beside your log$/ });
    await expect(beside).toContainText(/^Beside your log, the last 6 months/i);
    await expect(beside.getByText(/^You describe yourself as someone who .*; in your log/)).toBeVisible();
    const verdict = await beside.getByText(/^(Your log agrees|Your log differs|Too little log yet)$/).innerText();
    if (verdict !== 'Too little log yet') {
      compared += 1;
      await expect(beside.getByRole('button', { name: /entr(y|ies) behind this$/ })).toBeVisible();
    }
  }
  // The sample's year of log is enough to set most stances beside the answers.
  expect(compared).toBeGreaterThanOrEqual(3);
});
