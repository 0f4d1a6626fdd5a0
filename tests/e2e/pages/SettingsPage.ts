import { expect, type Page } from '@playwright/test';

/** The Settings page: the analysis rules form and its Save / Reset to defaults. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  get form() {
    return this.page.getByRole('form', { name: 'Analysis settings' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Settings');
    await expect(this.form).toBeVisible();
  }

  field(label: string) {
    return this.form.getByLabel(label, { exact: true });
  }

  async set(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  /** Saves and waits for the confirmation toast. */
  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save' }).click();
    await expect(this.page.getByRole('region', { name: 'Notifications' })).toContainText('Settings saved');
  }

  async resetToDefaults(): Promise<void> {
    await this.form.getByRole('button', { name: 'Reset to defaults' }).click();
    await this.page.getByRole('dialog', { name: 'Reset the analysis settings?' }).getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(this.page.getByRole('region', { name: 'Notifications' })).toContainText('back to their defaults');
  }

  /** The notice that lists settings the file got wrong. */
  get resetNotice() {
    return this.page.getByRole('region', { name: /not valid and (is|are) back to (its|their) default|^Your settings file could not be read$/ });
  }
}
