import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ENTRY_KINDS, KINDS } from '../../src/shared/kinds';
import { everyPage, pagesWithoutIds } from './appPages';
import { expect, seedSampleLibrary, test } from './fixtures';
import { AccessibilityScan } from './pages/AccessibilityScan';
import { DamagedLibraryScreen } from './pages/DamagedLibraryScreen';
import { DataTransferCard } from './pages/DataTransferCard';
import { QuickCaptureDialog } from './pages/QuickCaptureDialog';
import { SearchDialog } from './pages/SearchDialog';

/**
 * WCAG 2.0/2.1/2.2 A and AA (axe-core) on every page and every dialog, light and dark, with no
 * violation allowed. The pages come from routes.tsx and the kind registry (appPages.ts), so a page
 * added there is scanned too. Each test walks many pages in one tab and reports every violation at
 * the end with its page, theme, rule, help and elements. The tests are independent (each on its own
 * server), so the two workers share them.
 */
test.describe.configure({ mode: 'parallel' });

/**
 * The pages whose empty library shows something the sample library does not: the Dashboard's first
 * run, a log list's and the ledger's empty state (the four log lists share one, LogList), the
 * entry forms' "No one in your library yet" (one CollaboratorSelect in every kind's form), and each
 * area's own empty state. The rest (the other forms, the self-assessment's questions, Not found)
 * draw the same whatever the library holds, and the sample walk scans them.
 */
const EMPTY_LIBRARY_PAGES = ['/', '/exchanges', '/feedback/new', '/projects', '/people', '/lessons/practice', '/patterns', '/self-assessment', '/settings', '/deleted'];

test('what only an empty library shows (the first run), and the damaged-library screen', async ({ page, server }) => {
  test.setTimeout(400_000);
  const routes = pagesWithoutIds();
  expect(EMPTY_LIBRARY_PAGES.filter((route) => !routes.includes(route)), 'pages no longer in routes.tsx').toEqual([]);
  const axe = new AccessibilityScan(page);
  await page.goto(server.appUrl);
  for (const route of EMPTY_LIBRARY_PAGES) {
    await axe.visit(route);
    await axe.scan(`${route} (empty library)`);
  }

  await server.stop();
  // src/main/db/open.ts DATABASE_FILE; not imported, so the tests do not load the native SQLite module.
  fs.writeFileSync(path.join(server.dataDir, 'counterpoint.sqlite3'), 'Not a library.\n'.repeat(50));
  await page.goto(await server.restart());
  await expect(new DamagedLibraryScreen(page).heading).toBeVisible();
  await axe.settle('the damaged-library screen');
  await axe.scan('the damaged-library screen');
  axe.expectNoViolations();
});

/** The sample walk in two halves (alternate pages, so each half has lists, forms and detail pages), one per worker. */
for (const half of [0, 1]) {
  test(`every page of the sample library, ${half === 0 ? 'first' : 'second'} half`, async ({ page, server }) => {
    test.setTimeout(400_000);
    await seedSampleLibrary(server);
    const axe = new AccessibilityScan(page);
    await page.goto(server.appUrl);
    for (const route of (await everyPage(server)).filter((_, index) => index % 2 === half)) {
      await axe.visit(route);
      await axe.scan(route);
    }
    axe.expectNoViolations();
  });
}

test('every dialog: quick log (each kind), search, shortcuts, add person, the confirmations, keeping in touch and the import', async ({ page, server }) => {
  test.setTimeout(400_000);
  await seedSampleLibrary(server);
  const axe = new AccessibilityScan(page);
  await page.goto(server.appUrl);
  await axe.visit('/');

  const capture = new QuickCaptureDialog(page);
  await capture.openWithKeyboard();
  for (const kind of ENTRY_KINDS) {
    const tab = KINDS[kind].labels.one as Parameters<QuickCaptureDialog['kind']>[0];
    await capture.kind(tab).check();
    await axe.scanDialog(`the quick log, ${tab}`);
  }
  // Colour is not the only signal: the chosen segment carries a check mark the others lack, and
  // focusing it draws an outline apart from its own frame (a box-shadow), so both show at once.
  // The arrow keys move the choice and the focus, as a keyboard user does, so the focus is :focus-visible.
  await capture.kind('Help').check();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(capture.kind('Help')).toBeFocused();
  await expect(capture.kind('Help')).toBeChecked();
  const faces = await page.evaluate(`[...document.querySelectorAll('dialog[open] .capture__kinds .segmented__option')].map((option) => {
    const face = option.querySelector('.segmented__face');
    return { checked: option.querySelector('input').checked, mark: getComputedStyle(face, '::before').content, outline: getComputedStyle(face).outlineStyle };
  })`);
  expect(faces).toEqual(
    ENTRY_KINDS.map((kind) =>
      KINDS[kind].labels.one === 'Help' ? { checked: true, mark: '"✓" / ""', outline: 'solid' } : { checked: false, mark: 'none', outline: 'none' },
    ),
  );
  await page.keyboard.press('Escape');
  await expect(capture.dialog).toBeHidden();

  const search = new SearchDialog(page);
  await search.openWithKeyboard();
  await search.type('song');
  await expect(search.activeOption).toBeVisible();
  await axe.scanDialog('the search, with results');
  await page.keyboard.press('Escape');

  await page.getByRole('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await axe.scanDialog('the keyboard shortcuts');
  await page.keyboard.press('Escape');

  const project = ((await server.api('projects.list', {})) as { id: string }[])[0];
  await axe.visit(`/projects/${project?.id}`);
  await page.getByRole('tab', { name: /^People/ }).click();
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a person to this project' })).toBeVisible();
  await axe.settle('the add-person dialog');
  await axe.scanDialog('adding a person to a project');
  await page.keyboard.press('Escape');
  const remove = page.getByRole('button', { name: /^Remove .* from this project$/ }).first();
  if (await remove.isVisible()) {
    await remove.click();
    await axe.scanDialog('the confirmation to remove someone from a project');
    await page.keyboard.press('Escape');
  }

  // Keeping in touch: what happened at a lesson planned for today (held, moved), and a check-in's snooze.
  const person = ((await server.api('collaborators.list', {})) as { id: string }[])[0];
  await server.api('lessons.plan', { collaboratorId: person?.id, date: new Date().toLocaleDateString('en-CA'), topics: 'Voicings' });
  await axe.visit('/upcoming');
  await page.getByRole('button', { name: 'Held…' }).first().click();
  await axe.scanDialog('marking a planned lesson held');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Moved…' }).first().click();
  await axe.scanDialog('moving a planned lesson');
  await page.keyboard.press('Escape');
  await axe.visit('/check-ins');
  await page.getByRole('button', { name: /^Snooze / }).first().click();
  await axe.scanDialog('snoozing a check-in');
  await page.keyboard.press('Escape');

  // Deleting for ever asks first, from Recently deleted.
  const { items } = (await server.api('feedback.list', {})) as { items: { id: string }[] };
  await server.api('feedback.delete', { id: items[0]?.id });
  await axe.visit('/deleted');
  await page.getByRole('button', { name: /^Delete for ever/ }).first().click();
  await axe.scanDialog('the confirmation to delete an entry for ever');
  await page.keyboard.press('Escape');

  // Reset to defaults asks only when something differs from the defaults.
  await server.api('settings.update', { analysis: { minimumWeight: 6 } });
  await axe.visit('/settings');
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await axe.scanDialog('the confirmation to reset the analysis settings');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await page.getByRole('button', { name: /^Restore the backup from/ }).first().click();
  await axe.scanDialog('the confirmation to restore a backup');
  await page.keyboard.press('Escape');

  const transfer = new DataTransferCard(page);
  const download = await transfer.exportEverything();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-e2e-axe-'));
  try {
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    await transfer.chooseImport(file);
    await axe.scanDialog('the import preview');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  axe.expectNoViolations();
});
