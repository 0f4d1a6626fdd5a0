import { expect, type Page } from '@playwright/test';

/** The log's sidebar entries and what every log page shares: its heading, toasts with Undo, local "today". */
export type LogArea = 'Feedback' | 'Lessons' | 'Requests' | 'Give & take';

export class LogNav {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async goTo(area: LogArea): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area, exact: true }).click();
    await expect(this.heading).toHaveText(area);
  }

  get toasts() {
    return this.page.getByRole('region', { name: 'Notifications' });
  }

  async undo(): Promise<void> {
    await this.toasts.getByRole('button', { name: 'Undo' }).last().click();
  }
}

/** 'YYYY-MM-DD' `days` from today on this machine's calendar, as the app's forms count days. */
export function localDay(days = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
