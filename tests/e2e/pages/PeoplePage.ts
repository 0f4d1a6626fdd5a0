import { expect, type Page } from '@playwright/test';
import { AppShell } from './AppShell';
import { SectionTabs } from './SectionTabs';

export interface PersonInput {
  name: string;
  kind?: 'Person' | 'Group';
  roles?: string[];
  notes?: string;
}

/** The people list, the person form, and a person's page. */
export class PeoplePage {
  readonly shell: AppShell;
  readonly tabs: SectionTabs;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.tabs = new SectionTabs(page);
  }

  get list() {
    return this.page.getByRole('list', { name: 'People' });
  }

  row(name: string) {
    return this.list.getByRole('listitem').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  get form() {
    return this.page.getByRole('form', { name: 'Person' });
  }

  async create(person: PersonInput): Promise<void> {
    await this.page.getByRole('link', { name: 'New person' }).first().click();
    await expect(this.shell.heading).toHaveText('New person');
    await this.form.getByLabel('Name').fill(person.name);
    if (person.kind) await this.form.getByRole('radio', { name: person.kind }).check();
    for (const role of person.roles ?? []) await this.form.getByRole('checkbox', { name: role }).check();
    if (person.notes !== undefined) await this.form.getByLabel('Notes').fill(person.notes);
    await this.form.getByRole('button', { name: 'Add person' }).click();
    await expect(this.shell.heading).toHaveText(person.name);
  }

  /** The projects listed on a person's page (its Projects tab). */
  get projects() {
    return this.page.getByRole('list', { name: /^Projects .* is on$/ });
  }

  get roles() {
    return this.page.getByRole('list', { name: 'Roles', exact: true });
  }
}
