import { expect, type Page } from '@playwright/test';

/** The search dialog (Ctrl/Cmd+K), driven from the keyboard. */
export class SearchDialog {
  constructor(readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: 'Search' });
  }

  get box() {
    return this.dialog.getByRole('combobox', { name: 'Search entries, people and projects' });
  }

  get results() {
    return this.dialog.getByRole('listbox', { name: 'Results' });
  }

  /** The results under one kind's heading ("People", "Feedback", …). */
  group(label: string) {
    return this.results.getByRole('group', { name: label });
  }

  get activeOption() {
    return this.results.locator('[role="option"][aria-selected="true"]');
  }

  get status() {
    return this.dialog.getByRole('status');
  }

  filter(label: string) {
    return this.dialog.getByRole('group', { name: 'Look in' }).getByRole('button', { name: label, exact: true });
  }

  async openWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+K');
    await expect(this.dialog).toBeVisible();
    await expect(this.box).toBeFocused();
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** The option the box points at (aria-activedescendant) is the one marked selected. */
  async expectActive(text: string | RegExp): Promise<void> {
    await expect(this.activeOption).toContainText(text);
    const id = await this.activeOption.getAttribute('id');
    await expect(this.box).toHaveAttribute('aria-activedescendant', id ?? '');
  }
}
