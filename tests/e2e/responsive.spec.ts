import type { Page } from '@playwright/test';
import { expect, seedSampleLibrary, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { QuickCaptureDialog } from './pages/QuickCaptureDialog';

/** The desktop window can be as narrow as 400 px (WindowBounds in src/shared/settings.ts). */
const NAV_LINKS = ['Dashboard', 'Projects', 'People', 'Feedback', 'Lessons', 'Requests', 'Give & take', 'Patterns', 'Self-assessment', 'Settings'];

/**
 * How far the page or its scrolling content column is wider than the window; 0 when nothing spills
 * sideways. A string, because the tests' tsconfig has no DOM types; it runs in the page.
 */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate<number>(`(() => {
    const main = document.getElementById('main');
    const content = main ? main.scrollWidth - main.clientWidth : 0;
    return Math.max(document.documentElement.scrollWidth - window.innerWidth, content);
  })()`);
}

test('at 700 px the sidebar is an icon rail whose links keep their names, tooltips and the Log button', async ({ page, appUrl }) => {
  const shell = new AppShell(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.setViewportSize({ width: 700, height: 800 });
  await page.goto(appUrl);
  await expect(shell.heading).toHaveText('Welcome to Counterpoint');

  for (const label of NAV_LINKS) {
    const link = nav.getByRole('link', { name: label, exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('title', label);
    // Only the icon shows: the label is in the accessibility tree but takes no room.
    await expect(link.getByText(label, { exact: true })).toHaveCSS('position', 'absolute');
  }
  await expect(page.getByRole('heading', { name: 'Reflect' })).toBeHidden();

  await nav.getByRole('link', { name: 'People', exact: true }).click();
  await expect(shell.heading).toHaveText('People');
  await expect(nav.getByRole('link', { name: 'People', exact: true })).toHaveAttribute('aria-current', 'page');

  const log = page.getByRole('button', { name: 'Log', exact: true });
  await expect(log).toHaveAttribute('title', /^Log \((Ctrl|⌘) L\)$/);
  await log.click();
  await expect(new QuickCaptureDialog(page).dialog).toBeVisible();
  await page.keyboard.press('Escape');

  // Widening the window brings the labels back, and the tooltips go with the rail.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(nav.getByText('Give & take', { exact: true })).toHaveCSS('position', 'static');
  await expect(nav.getByRole('link', { name: 'People', exact: true })).not.toHaveAttribute('title');
  await expect(page.getByRole('heading', { name: 'Reflect' })).toBeVisible();
});

test('at 480 px every main page of a full library fits the window without scrolling sideways', async ({ page, server }) => {
  await seedSampleLibrary(server);
  const shell = new AppShell(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.setViewportSize({ width: 480, height: 800 });
  await page.goto(server.appUrl);
  await expect(shell.heading).toHaveText('Dashboard');
  expect(await sidewaysOverflow(page)).toBe(0);

  for (const label of NAV_LINKS.slice(1)) {
    await nav.getByRole('link', { name: label, exact: true }).click();
    await expect(shell.heading).toHaveText(label);
    await page.waitForLoadState('networkidle');
    expect(await sidewaysOverflow(page), `${label} spills sideways`).toBe(0);
  }

  // A detail page with a chart and a form, too.
  await nav.getByRole('link', { name: 'People', exact: true }).click();
  await page.getByRole('list', { name: 'People' }).getByRole('link').first().click();
  await page.getByRole('tab', { name: 'Balance' }).click();
  await expect(page.getByRole('heading', { name: 'Balance' })).toBeVisible();
  expect(await sidewaysOverflow(page)).toBe(0);
  await nav.getByRole('link', { name: 'Feedback', exact: true }).click();
  await page.getByRole('link', { name: 'Log feedback' }).first().click();
  await expect(shell.heading).toHaveText('Log feedback');
  expect(await sidewaysOverflow(page)).toBe(0);
});
