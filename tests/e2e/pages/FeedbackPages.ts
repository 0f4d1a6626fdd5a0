import { expect, type Page } from '@playwright/test';
import { LogNav } from './LogNav';

export interface FeedbackInput {
  direction?: 'I received it' | 'I gave it';
  person: string;
  kind?: 'Technical' | 'Critique' | 'Encouragement' | 'Perspective / idea';
  body: string;
  project?: string;
  piece?: string;
  anchor?: string;
  date?: string;
}

/** The feedback list, the feedback form and one entry's page with its lifecycle. */
export class FeedbackPages {
  readonly nav: LogNav;

  constructor(readonly page: Page) {
    this.nav = new LogNav(page);
  }

  get list() {
    return this.page.getByRole('list', { name: 'Feedback' });
  }

  row(text: string) {
    return this.list.getByRole('listitem').filter({ hasText: text });
  }

  get form() {
    return this.page.getByRole('form', { name: 'Feedback' });
  }

  async startNew(): Promise<void> {
    await this.page.getByRole('link', { name: 'Log feedback' }).first().click();
    await expect(this.nav.heading).toHaveText('Log feedback');
  }

  async fill(values: FeedbackInput): Promise<void> {
    const form = this.form;
    if (values.direction) await form.getByRole('group', { name: 'Direction' }).getByRole('radio', { name: values.direction }).check();
    await form.getByLabel('Person').selectOption({ label: values.person });
    if (values.kind) await form.getByRole('group', { name: 'Kind' }).getByRole('radio', { name: values.kind }).check();
    await form.getByLabel('Feedback', { exact: true }).fill(values.body);
    if (values.project) await form.getByLabel('Project').selectOption({ label: values.project });
    if (values.piece !== undefined) await form.getByLabel('Piece or version').fill(values.piece);
    if (values.anchor !== undefined) await form.getByLabel('Anchor').fill(values.anchor);
    if (values.date !== undefined) await form.getByLabel('Date').fill(values.date);
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: 'Log feedback' }).click();
  }

  /** The lifecycle switch under an entry's title: the saved status is the one checked. */
  get statusSwitch() {
    return this.page.getByRole('group', { name: 'Status', exact: true });
  }

  statusChoice(status: 'Open' | 'Applied' | 'Partly applied' | 'Declined' | 'Discussed') {
    return this.statusSwitch.getByRole('radio', { name: status, exact: true });
  }

  /** Picking a status saves it at once (declining asks for its reason first, in declineForm). */
  async chooseStatus(status: 'Open' | 'Applied' | 'Partly applied' | 'Declined' | 'Discussed'): Promise<void> {
    await this.statusChoice(status).check();
  }

  /** What declining asks: the reason and the day. */
  get declineForm() {
    return this.page.getByRole('form', { name: 'Decline' });
  }

  /** The status pill beside the entry's title. */
  get headerStatus() {
    return this.page.locator('.page-header__title-line .status-pill');
  }
}
