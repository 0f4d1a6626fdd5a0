import { STANCE_LABELS } from '../../src/shared/entities/patterns';
import { SAMPLE_PEOPLE } from '../../src/main/sample/sampleCast';
import { expect, seedSampleLibrary, test } from './fixtures';
import { PatternsPage } from './pages/PatternsPage';
import { SettingsPage } from './pages/SettingsPage';

/**
 * The Patterns views in Chromium against the real browser-mode server. The library is the sample
 * generator's (`counterpoint sample`), whose table in src/main/sample/sampleCast.ts says which
 * stance each person's log is built to show under the default settings.
 */

test('the seeded log shows each person under the stance it was built for, with its flags and the portfolio', async ({ page, server }) => {
  await seedSampleLibrary(server);
  await page.goto(server.appUrl);
  const patterns = new PatternsPage(page);
  await patterns.open();

  for (const person of SAMPLE_PEOPLE) {
    const card = patterns.group(person.stance).getByRole('article', { name: person.name, exact: true });
    await expect(card, `${person.name} under ${STANCE_LABELS[person.stance]}`).toBeVisible();
    await expect(card.locator('header')).toContainText(STANCE_LABELS[person.stance]);
    const { expect: flags = {} } = person;
    if (flags.leaning) await expect(card).toContainText(`leaning you ${flags.leaning === 'giving' ? 'giving' : 'receiving'}`);
    if (flags.needsGap) await expect(card).toContainText(flags.needsGap === 'theirs' ? 'Their needs seem to count more' : 'Your needs seem to count more');
    if (flags.trend === 'rising' || flags.trend === 'falling') {
      await expect(card).toContainText(`You have been giving ${flags.trend === 'rising' ? 'more' : 'less'} lately`);
    }
  }
  // Plain words first; the numbers, each with what it means, one click away.
  const jonas = patterns.card('Jonas Weber');
  await expect(jonas).toContainText('Far more comes from you than from Jonas — this looks one-sided, you giving.');
  const numbers = jonas.getByRole('button', { name: 'Show the numbers' });
  await expect(numbers).toHaveAttribute('aria-expanded', 'false');
  await expect(jonas.getByText(/you gave 20 and received 2/)).toBeHidden();
  await numbers.focus();
  await page.keyboard.press('Enter');
  await expect(jonas.getByRole('button', { name: 'Hide the numbers' })).toHaveAttribute('aria-expanded', 'true');
  await expect(jonas.getByText(/you gave 20 and received 2/)).toBeVisible();
  await expect(jonas.getByRole('definition').filter({ hasText: 'Your part of everything exchanged' })).toContainText('0.91');

  // Anna: give and take even, her requests met far more often — both pictures say so, beside the words.
  const anna = patterns.card('Anna Kowalski');
  await expect(anna).toContainText('Give and take are about even, but Anna’s requests are met far more often than yours');
  await expect(anna.getByRole('img', { name: /^Give and take: about even/ })).toBeVisible();
  await expect(anna.getByRole('img', { name: 'Requests met: Few of your 4 requests met; all of their 4 requests met. Their needs seem to count more.' })).toBeVisible();

  const support = page.getByRole('article', { name: 'Where support comes from' });
  await expect(support).toContainText('One main source');
  await expect(support).toContainText('Most of your support comes from one source: Priya Nair.');
  await expect(support.getByRole('img', { name: /^Support received, by source: Priya Nair 75%/ })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Kinds of input received' })).toContainText('Missing growth');
  await expect(page.getByRole('article', { name: 'Stretches without input' }).getByRole('link', { name: 'Harbour Lights' })).toBeVisible();

  // The Dashboard points at the same findings; a person's page shows the relationship in full.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  const attention = page.getByRole('list', { name: 'Needs attention' });
  await expect(attention.getByRole('link', { name: 'Jonas Weber', exact: true })).toBeVisible();
  await attention.getByRole('link', { name: 'Elena Rossi', exact: true }).click();
  const balance = page.getByRole('region', { name: 'Balance', exact: true });
  await expect(balance).toContainText(STANCE_LABELS.dependent);
  await expect(balance.getByRole('heading', { name: 'Your path as a learner' })).toBeVisible();
  await expect(balance.getByRole('img', { name: /^Confidence to do it alone after each lesson with Elena Rossi/ })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
  await attention.getByRole('link', { name: 'Jonas Weber in Patterns' }).click();
  await expect(patterns.card('Jonas Weber')).toBeFocused();
  await patterns.card('Kofi Mensah').getByRole('link', { name: 'Kofi Mensah' }).click();
  await expect(balance.getByRole('img', { name: /^Give and take with Kofi Mensah by month, the last 6 months: you gave 12/ })).toBeVisible();
  await balance.getByRole('button', { name: 'Show as table' }).click();
  await expect(balance.getByRole('table').getByRole('row')).not.toHaveCount(0);
  await expect(balance.getByRole('table')).toContainText('You received');
});

test('an evidence list opens the entries behind a finding', async ({ page, server }) => {
  await seedSampleLibrary(server);
  await page.goto(server.appUrl);
  const patterns = new PatternsPage(page);
  await patterns.open();

  const priya = patterns.card('Priya Nair');
  const toggle = priya.getByRole('button', { name: /entries behind this$/ });
  const total = Number((await toggle.innerText()).match(/(\d+) entries/)?.[1]);
  expect(total).toBeGreaterThan(10);
  const list = await patterns.openEvidence(priya);
  const items = list.getByRole('listitem');
  const shown = await items.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(total);
  if (shown < total) await expect(priya).toContainText(`Showing the ${shown} newest of ${total}`);

  const entry = items.filter({ has: page.locator('a[href^="#/feedback/"]') }).first();
  const link = entry.getByRole('link');
  const id = (await link.getAttribute('href'))?.replace('#/feedback/', '') ?? '';
  const summary = (await entry.locator('.evidence__summary').innerText()).replace(/…$/, '');
  const feedback = (await server.api('feedback.get', { id })) as { body: string; collaboratorName: string };
  expect(feedback.collaboratorName).toBe('Priya Nair');
  expect(feedback.body).toContain(summary);

  await link.click();
  await expect(page).toHaveURL(new RegExp(`#/feedback/${id}$`));
  await expect(page.getByRole('region', { name: /What (they|you) said/ })).toContainText(feedback.body);
  await expect(page.getByRole('region', { name: 'About', exact: true }).getByRole('link', { name: 'Priya Nair' })).toBeVisible();

  // A portfolio finding's entries open too: the project with no input.
  await page.goBack();
  const stretches = page.getByRole('article', { name: 'Stretches without input' });
  const projects = await patterns.openEvidence(stretches);
  await projects.getByRole('link', { name: 'Harbour Lights' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harbour Lights');
});

test('changing a setting changes the result on the Patterns page, and Reset to defaults brings it back', async ({ page, server }) => {
  await seedSampleLibrary(server);
  await page.goto(server.appUrl);
  const patterns = new PatternsPage(page);
  const settings = new SettingsPage(page);
  await patterns.open();
  await expect(patterns.group('one-sided-giving').getByRole('article', { name: 'Jonas Weber' })).toBeVisible();

  // The form checks the schema's rules before sending: the band must include 0.5.
  await settings.open();
  await expect(settings.field('Balanced band to')).toHaveValue('0.65');
  await settings.set('Balanced band to', '0.45');
  await settings.form.getByRole('button', { name: 'Save' }).click();
  await expect(settings.form).toContainText('The balanced band must include an even split (0.5)');
  await expect(settings.field('Balanced band from')).toBeFocused();

  // Jonas gave 20 and received 2: the give share 0.91 with its interval 0.75–0.96 is wholly above a band
  // ending at 0.65, but reaches into one ending at 0.8, so the same log says "not enough data yet".
  await settings.set('Balanced band to', '0.8');
  await settings.save();
  await patterns.open();
  const jonas = patterns.group('not-enough-data').getByRole('article', { name: 'Jonas Weber' });
  await expect(jonas).toBeVisible();
  await expect(jonas.locator('header')).toContainText('leaning you giving');
  await expect(jonas.getByRole('img', { name: /the balanced band is 0\.35 to 0\.80/ })).toBeVisible();

  await settings.open();
  await expect(settings.field('Balanced band to')).toHaveValue('0.8');
  await settings.resetToDefaults();
  await expect(settings.field('Balanced band to')).toHaveValue('0.65');
  await patterns.open();
  await expect(patterns.group('one-sided-giving').getByRole('article', { name: 'Jonas Weber' })).toBeVisible();
});

test('exploring the sample library from an empty one and going back leaves the own library empty', async ({ page, server, appUrl }) => {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Counterpoint');
  await page.getByRole('button', { name: 'Explore a sample library' }).click();

  const banner = page.getByRole('region', { name: 'Sample library' });
  await expect(banner).toContainText('You are exploring a sample library');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect(page.getByRole('list', { name: 'Needs attention' })).toBeVisible();
  // The banner stays on every page while the sample is open.
  await new PatternsPage(page).open();
  await expect(banner).toBeVisible();
  await expect(new PatternsPage(page).card('Maya Chen')).toBeVisible();

  await banner.getByRole('button', { name: 'Back to my library' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Counterpoint');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patterns', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'No one to weigh yet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Explore a sample library' })).toBeVisible();

  expect(await server.api('collaborators.list', { includeArchived: true })).toEqual([]);
  expect(await server.api('projects.list', { includeArchived: true })).toEqual([]);
  expect(await server.api('app.info')).toMatchObject({ library: 'own' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No one to weigh yet' })).toBeVisible();
  await expect(banner).toBeHidden();
});

test('a fresh library with one logged session raises no portfolio alarm on the Dashboard', async ({ page, server }) => {
  const person = (await server.api('collaborators.create', { name: 'Mira Solberg', roles: ['peer'] })) as { id: string };
  // A two-hour swap: 3 given and 3 received, all knowledge — once enough to call perspective and growth "missing".
  await server.api('lessons.create', { collaboratorId: person.id, userRole: 'peers', durationMin: 120, topics: 'Counterpoint exercises' });
  await page.goto(server.appUrl);
  const attention = page.getByRole('region', { name: 'Needs attention' });
  await expect(attention).toContainText('Nothing stands out');
  await expect(attention.getByRole('link', { name: 'Kinds of input received' })).toHaveCount(0);

  // Then a critique received: 5 received, all from one person, was once "One main source" and "Missing growth".
  await server.api('feedback.create', { direction: 'received', collaboratorId: person.id, kind: 'critique', body: 'Try the inversion' });
  await page.reload();
  await expect(attention).toContainText('Nothing stands out');
  for (const title of ['Where support comes from', 'Kinds of input received']) {
    await expect(attention.getByRole('link', { name: title })).toHaveCount(0);
  }
  const patterns = new PatternsPage(page);
  await patterns.open();
  for (const title of ['Where support comes from', 'Kinds of input received']) {
    await expect(page.getByRole('article', { name: title })).toContainText('Not enough data yet');
  }
});
