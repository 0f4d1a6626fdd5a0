import type { Page } from '@playwright/test';
import { LogNav } from './LogNav';

/** Recently deleted: the bin of every kind, with Restore and Delete for ever (behind a confirmation). */
export class RecentlyDeletedPage {
  readonly nav: LogNav;

  constructor(readonly page: Page) {
    this.nav = new LogNav(page);
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recently deleted' }).click();
  }

  get list() {
    return this.page.getByRole('list', { name: 'Deleted entries' });
  }

  row(text: string) {
    return this.list.getByRole('listitem').filter({ hasText: text });
  }

  restore(title: string) {
    return this.page.getByRole('button', { name: `Restore ${title}`, exact: true });
  }

  deleteForever(title: string) {
    return this.page.getByRole('button', { name: `Delete for ever ${title}`, exact: true });
  }

  get confirmation() {
    return this.page.getByRole('dialog', { name: /for ever\?$/ });
  }
}
