import { expect, type Page } from '@playwright/test';

/** The tabs of a person's or a project's page ("Sections of …"): Timeline, Balance, Projects, People, About. */
export class SectionTabs {
  constructor(readonly page: Page) {}

  get list() {
    return this.page.getByRole('tablist', { name: /^Sections of / });
  }

  /** A tab by its label; a count may follow it ("Projects 2"). */
  tab(label: string) {
    return this.list.getByRole('tab', { name: new RegExp(`^${label}( \\d+)?$`) });
  }

  async show(label: string): Promise<void> {
    await this.tab(label).click();
    await expect(this.tab(label)).toHaveAttribute('aria-selected', 'true');
  }
}
