import { expect, type Page } from '@playwright/test';
import { LogNav } from './LogNav';

/** Give & take: the ledger's totals and rows, and the form for help logged directly. */
export class LedgerPage {
  readonly nav: LogNav;

  constructor(readonly page: Page) {
    this.nav = new LogNav(page);
  }

  get totals() {
    return this.page.getByRole('region', { name: 'Totals' });
  }

  async expectTotals(given: number, received: number): Promise<void> {
    await expect(this.totals).toContainText(`You gave ${given}`);
    await expect(this.totals).toContainText(`You received ${received}`);
  }

  get list() {
    return this.page.getByRole('list', { name: 'Exchanges' });
  }

  row(text: string) {
    return this.list.getByRole('listitem').filter({ hasText: text });
  }

  get form() {
    return this.page.getByRole('form', { name: 'Help' });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'Log help' }).first().click();
    await expect(this.nav.heading).toHaveText('Log help');
  }
}
