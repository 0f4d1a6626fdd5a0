import { expect, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export interface ProjectInput {
  title?: string;
  medium?: string;
  status?: 'Idea' | 'Active' | 'Paused' | 'Finished';
  startDate?: string;
  endDate?: string;
  description?: string;
}

/** The projects list and the project form (new and edit). */
export class ProjectsPage {
  readonly shell: AppShell;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
  }

  get list() {
    return this.page.getByRole('list', { name: 'Projects' });
  }

  row(title: string) {
    return this.list.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async open(title: string): Promise<void> {
    await this.list.getByRole('link', { name: title, exact: true }).click();
    await expect(this.shell.heading).toHaveText(title);
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'New project' }).first().click();
    await expect(this.shell.heading).toHaveText('New project');
  }

  get form() {
    return this.page.getByRole('form', { name: 'Project' });
  }

  async fill(values: ProjectInput): Promise<void> {
    const form = this.form;
    if (values.title !== undefined) await form.getByLabel('Title').fill(values.title);
    if (values.medium !== undefined) await form.getByLabel('Medium').selectOption({ label: values.medium });
    if (values.status !== undefined) {
      await form.getByRole('group', { name: 'Status' }).getByRole('radio', { name: values.status }).check();
    }
    if (values.startDate !== undefined) await form.getByLabel('Start date').fill(values.startDate);
    if (values.endDate !== undefined) await form.getByLabel('End date').fill(values.endDate);
    if (values.description !== undefined) await form.getByLabel('Description').fill(values.description);
  }

  async submit(label: 'Create project' | 'Save changes'): Promise<void> {
    await this.form.getByRole('button', { name: label }).click();
  }

  /** Creates a project through the form and waits for its page. */
  async create(values: ProjectInput & { title: string; medium: string }): Promise<void> {
    await this.startNew();
    await this.fill(values);
    await this.submit('Create project');
    await expect(this.shell.heading).toHaveText(values.title);
  }

  async setFilter(status: 'All' | 'Idea' | 'Active' | 'Paused' | 'Finished'): Promise<void> {
    await this.page.getByRole('group', { name: 'Filter by status' }).getByRole('radio', { name: status }).check();
  }

  async showArchived(on: boolean): Promise<void> {
    await this.page.getByRole('switch', { name: 'Show archived' }).setChecked(on);
  }
}
