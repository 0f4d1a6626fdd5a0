import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ENTRY_KINDS, KINDS, editEntryHref, entryHref, newEntryHref } from '../../src/shared/kinds';
import { expect, seedSampleLibrary, test } from './fixtures';
import { DamagedLibraryScreen } from './pages/DamagedLibraryScreen';
import { SearchDialog } from './pages/SearchDialog';

/** Every policy violation and console error the page reports from now on, across reloads. */
async function watchPolicy(page: Page): Promise<{ violations: string[]; errors: string[] }> {
  const violations: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction('reportPolicyViolation', (text: string) => violations.push(text));
  // Page-side code as strings: the tests' tsconfig has no DOM types.
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => {
    window.reportPolicyViolation(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber + ' (' + document.location.hash + ')');
  })`);
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { violations, errors };
}

/**
 * The renderer lives within its content security policy (no 'unsafe-inline' for styles or scripts):
 * every page of the app, on the sample library, with the search dialog open, reports no policy
 * violation and no console error. The last step breaks the policy on purpose, to show a violation
 * would have been seen.
 */
test('no page of the app breaks the content security policy', async ({ page, server }) => {
  // About 30 pages, each waited on until its requests are done: long on a loaded 2-core machine.
  test.setTimeout(150_000);
  await seedSampleLibrary(server);
  const { violations, errors } = await watchPolicy(page);

  const first = <T>(items: T[], what: string): T => {
    const item = items[0];
    if (item === undefined) throw new Error(`the sample library has no ${what}`);
    return item;
  };
  const project = first((await server.api('projects.list', {})) as { id: string }[], 'project');
  const person = first((await server.api('collaborators.list', {})) as { id: string }[], 'person');
  const routes = ['/', '/projects', '/projects/new', `/projects/${project.id}`, `/projects/${project.id}/edit`];
  routes.push('/people', '/people/new', `/people/${person.id}`, `/people/${person.id}/edit`);
  for (const kind of ENTRY_KINDS) {
    const { items } = (await server.api(KINDS[kind].listMethod, {})) as { items: { id: string; source?: string }[] };
    // The ledger's list (help's) holds derived rows too; help's own pages show only the help rows.
    const entry = first(
      items.filter((item) => item.source === undefined || item.source === kind),
      `${kind} entry`,
    );
    routes.push(KINDS[kind].paths.list, newEntryHref(kind), entryHref(kind, entry.id), editEntryHref(kind, entry.id));
  }
  routes.push('/lessons/practice', '/patterns', '/self-assessment', '/self-assessment/take', '/settings', '/no-such-page');

  await page.goto(server.appUrl);
  for (const route of routes) {
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#${route}`)}`);
    await expect(page.getByRole('heading', { level: 1 }).first(), route).toBeVisible({ timeout: 15_000 });
    await page.waitForLoadState('networkidle');
  }
  const search = new SearchDialog(page);
  await page.keyboard.press('Control+k');
  await expect(search.dialog).toBeVisible();
  await search.box.fill('song');
  await expect(search.results).toBeVisible();
  await page.keyboard.press('Escape');

  expect(violations).toEqual([]);
  expect(errors).toEqual([]);

  // A style attribute in markup is what 'unsafe-inline' would allow: the policy refuses it, and it is seen.
  await page.evaluate(`{
    const probe = document.createElement('div');
    probe.innerHTML = '<span style="color: red">probe</span>';
    document.body.append(probe);
  }`);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations, violations.join('\n')).toEqual(violations.map(() => expect.stringMatching(/^style-src(-attr)? blocked inline/)));
});

test('the damaged-library screen keeps to the policy too', async ({ page, server }) => {
  await server.stop();
  // src/main/db/open.ts DATABASE_FILE; not imported, so the tests do not load the native SQLite module.
  fs.writeFileSync(path.join(server.dataDir, 'counterpoint.sqlite3'), 'Dear diary, today I wrote a song.\n'.repeat(50));
  const url = await server.restart();
  const { violations, errors } = await watchPolicy(page);
  await page.goto(url);
  await expect(new DamagedLibraryScreen(page).heading).toHaveText('This is not a Counterpoint library');
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
