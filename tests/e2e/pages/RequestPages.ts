import { expect, type Page } from '@playwright/test';
import { LogNav } from './LogNav';

/** The requests list (with its in-row outcome), the request form and one request's page. */
export class RequestPages {
  readonly nav: LogNav;

  constructor(readonly page: Page) {
    this.nav = new LogNav(page);
  }

  get list() {
    return this.page.getByRole('list', { name: 'Requests' });
  }

  row(what: string) {
    return this.list.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: what, exact: true }) });
  }

  get form() {
    return this.page.getByRole('form', { name: 'Request' });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'Log a request' }).first().click();
    await expect(this.nav.heading).toHaveText('Log a request');
  }

  outcomeOf(what: string) {
    return this.page.getByRole('combobox', { name: `Outcome of “${what}”` });
  }
}
