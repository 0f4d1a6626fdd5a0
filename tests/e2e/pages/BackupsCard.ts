import { expect, type Page } from '@playwright/test';
import { SettingsPage } from './SettingsPage';

/** Settings → Backups: the list of backups, Back up now, Restore… with its confirmation, and the keep setting. */
export class BackupsCard {
  constructor(readonly page: Page) {}

  get card() {
    return this.page.getByRole('region', { name: 'Backups' });
  }

  get list() {
    return this.card.getByRole('list', { name: 'Backups, newest first' });
  }

  get rows() {
    return this.list.getByRole('listitem');
  }

  async open(): Promise<void> {
    await new SettingsPage(this.page).open();
    await expect(this.card).toBeVisible();
  }

  /** Backs up and waits for the checked backup's toast. */
  async backUpNow(): Promise<void> {
    await this.card.getByRole('button', { name: 'Back up now' }).click();
    await expect(this.page.getByRole('region', { name: 'Notifications' })).toContainText('Backed up and checked');
  }

  /** Restores the backup in row `index` (0 is the newest) from the keyboard, and waits for the app to start again on it. */
  async restore(index: number): Promise<void> {
    await this.rows.nth(index).getByRole('button', { name: /^Restore the backup from/ }).press('Enter');
    const dialog = this.page.getByRole('dialog', { name: /^Restore the backup from/ });
    await expect(dialog).toContainText('backed up first');
    // Cancel has the focus first; Tab reaches Restore.
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await this.page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Restore', exact: true })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('region', { name: 'Notifications' })).toContainText('Restored the backup from');
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  }
}
