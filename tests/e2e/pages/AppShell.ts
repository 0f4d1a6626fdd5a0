import { expect, type Page } from '@playwright/test';

/** The sidebar and what every page shares: its h1 and the toasts. */
export class AppShell {
  constructor(readonly page: Page) {}

  nav(label: 'Dashboard' | 'Projects' | 'People') {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true });
  }

  async goTo(label: 'Dashboard' | 'Projects' | 'People'): Promise<void> {
    await this.nav(label).click();
    await expect(this.heading).toHaveText(label);
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get toasts() {
    return this.page.getByRole('region', { name: 'Notifications' });
  }

  /** The Undo button of the newest toast. */
  async undo(): Promise<void> {
    await this.toasts.getByRole('button', { name: 'Undo' }).last().click();
  }
}
