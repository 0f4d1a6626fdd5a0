import { expect, type Page } from '@playwright/test';
import { AppShell } from './AppShell';
import { SectionTabs } from './SectionTabs';

/** One project's page: header actions, quick status, its tabs, and the people on it (the People tab). */
export class ProjectDetailPage {
  readonly shell: AppShell;
  readonly tabs: SectionTabs;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.tabs = new SectionTabs(page);
  }

  async showPeople(): Promise<void> {
    await this.tabs.show('People');
  }

  async edit(): Promise<void> {
    await this.page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(this.shell.heading).toHaveText(/^Edit /);
  }

  async archive(): Promise<void> {
    await this.page.getByRole('button', { name: 'Archive', exact: true }).click();
    await expect(this.page.getByRole('button', { name: 'Restore', exact: true })).toBeVisible();
  }

  async restore(): Promise<void> {
    await this.page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(this.page.getByRole('button', { name: 'Archive', exact: true })).toBeVisible();
  }

  get statusGroup() {
    return this.page.getByRole('group', { name: 'Status' });
  }

  async setStatus(status: 'Idea' | 'Active' | 'Paused' | 'Finished'): Promise<void> {
    await this.statusGroup.getByRole('radio', { name: status }).check();
    // The header's pill follows once the change is saved.
    await expect(this.page.locator('.page-header').getByText(status, { exact: true })).toBeVisible();
  }

  get members() {
    return this.page.getByRole('list', { name: 'People on this project' });
  }

  member(name: string) {
    return this.members.getByRole('listitem').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async addMember(name: string, role: string): Promise<void> {
    await this.showPeople();
    await this.page.getByRole('button', { name: /^Add (person|the first person)$/ }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a person to this project' });
    await dialog.getByLabel('Person').selectOption({ label: name });
    await dialog.getByLabel('Role on the project').fill(role);
    await dialog.getByRole('button', { name: 'Add to project' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.member(name)).toContainText(role);
  }

  async setMemberRole(name: string, role: string): Promise<void> {
    await this.page.getByRole('button', { name: `Edit role of ${name}` }).click();
    const field = this.page.getByRole('textbox', { name: `Role of ${name} on this project` });
    await field.fill(role);
    await field.press('Enter');
    await expect(field).toBeHidden();
  }

  async removeMember(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Remove ${name} from this project` }).click();
    await this.page.getByRole('dialog', { name: `Remove ${name}?` }).getByRole('button', { name: 'Remove from project' }).click();
    await expect(this.member(name)).toHaveCount(0);
  }
}
