import { expect, type Page } from '@playwright/test';

export type CaptureKind = 'Feedback' | 'Lesson' | 'Help' | 'Request';

const KIND_KEYS: Record<CaptureKind, string> = { Feedback: 'Alt+1', Lesson: 'Alt+2', Help: 'Alt+3', Request: 'Alt+4' };

/** The quick log dialog, driven the way a practised user does: from the keyboard. */
export class QuickCaptureDialog {
  constructor(readonly page: Page) {}

  get dialog() {
    return this.page.getByRole('dialog', { name: 'Quick log' });
  }

  get person() {
    return this.dialog.getByRole('combobox', { name: 'Person' });
  }

  get project() {
    return this.dialog.getByRole('combobox', { name: 'Project' });
  }

  /** The direction of feedback or help, from the user's side. */
  direction(side: 'I received' | 'I gave') {
    return this.dialog.getByRole('group', { name: 'Direction' }).getByRole('radio', { name: side });
  }

  kind(kind: CaptureKind) {
    return this.dialog.getByRole('group', { name: 'Kind of entry' }).getByRole('radio', { name: kind, exact: true });
  }

  async openWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+L');
    await expect(this.dialog).toBeVisible();
  }

  /** Alt+1…4 picks the kind from anywhere in the dialog. */
  async chooseKind(kind: CaptureKind): Promise<void> {
    await this.page.keyboard.press(KIND_KEYS[kind]);
    await expect(this.kind(kind)).toBeChecked();
  }

  /** Types into whatever has focus, as a person at the keyboard would. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** The inline message under a field or choice group. */
  errorNear(text: string) {
    return this.dialog.locator('.field__error').filter({ hasText: text });
  }
}
