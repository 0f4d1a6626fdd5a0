import { expect, type Page } from '@playwright/test';
import { LogNav } from './LogNav';

/** The lessons list, the lesson form with its practice editor, a lesson's page and the Practice view. */
export class LessonPages {
  readonly nav: LogNav;

  constructor(readonly page: Page) {
    this.nav = new LogNav(page);
  }

  get form() {
    return this.page.getByRole('form', { name: 'Lesson' });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'Log a lesson' }).first().click();
    await expect(this.nav.heading).toHaveText('Log a lesson');
  }

  practiceItem(n: number) {
    return this.form.getByRole('textbox', { name: `Practice item ${n}`, exact: true });
  }

  practiceDue(n: number) {
    return this.form.getByLabel(`Due date for practice item ${n}`);
  }

  confidence(level: number) {
    return this.form.getByRole('group', { name: 'I could do this alone' }).getByRole('radio', { name: new RegExp(`^${level} `) });
  }

  /** The checkboxes on a lesson's page. */
  get practiceOnLesson() {
    return this.page.getByRole('list', { name: 'Practice assignments' });
  }

  async openPracticeView(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Lessons views' }).getByRole('link', { name: /^Practice/ }).click();
    await expect(this.nav.heading).toHaveText('Practice');
  }

  practiceGroup(title: 'Open' | 'Done just now' | 'Done') {
    return this.page.getByRole('list', { name: `${title} practice` });
  }
}
