import { expect, type Page } from '@playwright/test';

/** The full-window screen shown instead of the app when the library file could not be opened. */
export class DamagedLibraryScreen {
  constructor(readonly page: Page) {}

  get screen() {
    return this.page.getByRole('main', { name: /library/ });
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get newestBackup() {
    return this.page.getByRole('region', { name: 'Newest good backup' });
  }

  /** Restores the newest backup through its confirmation and waits for the app. */
  async restoreNewest(): Promise<void> {
    await this.newestBackup.getByRole('button', { name: 'Restore this backup' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Restore the backup from/ });
    await expect(dialog).toContainText('is not deleted');
    await dialog.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(this.page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }
}
