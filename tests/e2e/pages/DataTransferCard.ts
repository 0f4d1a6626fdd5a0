import { expect, type Download, type Page } from '@playwright/test';

/** Settings → Export and import, and its import dialog. */
export class DataTransferCard {
  constructor(readonly page: Page) {}

  get card() {
    return this.page.getByRole('region', { name: 'Export and import' });
  }

  get dialog() {
    return this.page.getByRole('dialog');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(this.card).toBeVisible();
  }

  /** Exports everything and returns the browser's download. */
  async exportEverything(): Promise<Download> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.card.getByRole('button', { name: 'Export everything (JSON)' }).click(),
    ]);
    return download;
  }

  async exportCsv(table: string): Promise<Download> {
    await this.card.getByLabel('A table for a spreadsheet').selectOption({ label: table });
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.card.getByRole('button', { name: 'Export as CSV' }).click(),
    ]);
    return download;
  }

  /** Picks a file to import and waits for its preview. */
  async chooseImport(file: string): Promise<void> {
    await this.card.getByLabel('Choose an export file to import').setInputFiles(file);
    await expect(this.dialog.getByRole('table')).toBeVisible();
  }

  /** The preview's counts for one list: [new, identical, conflicting]. */
  async counts(list: string): Promise<string[]> {
    const row = this.dialog.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: list, exact: true }) });
    return row.getByRole('cell').allTextContents();
  }

  async importNow(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^Import( \d[\d,]* records?)?$/ }).click();
  }

  get result() {
    return this.dialog.getByRole('status');
  }
}
