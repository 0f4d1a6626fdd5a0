import { expect, type Page } from '@playwright/test';

export type TimelineKind = 'All' | 'Feedback' | 'Lessons' | 'Help' | 'Requests';

/** The Timeline card on a person's or project's page: kind chips with counts, direction, rows. */
export class TimelinePanel {
  constructor(readonly page: Page) {}

  get region() {
    return this.page.getByRole('region', { name: 'Timeline' });
  }

  get list() {
    return this.region.getByRole('list', { name: /^Timeline (with|of) / });
  }

  get rows() {
    return this.list.getByRole('listitem');
  }

  /** Rows whose text contains `text` (an entry's own words are unique in these tests). */
  row(text: string) {
    return this.rows.filter({ hasText: text });
  }

  chip(kind: TimelineKind) {
    return this.region.getByRole('group', { name: 'Show' }).getByRole('radio', { name: new RegExp(`^${kind} `) });
  }

  /** The count drawn on a chip, e.g. 12 for "Feedback 12". */
  async count(kind: TimelineKind): Promise<number> {
    const name = (await this.chip(kind).evaluate((input) => input.closest('label')?.textContent ?? '')).trim();
    return Number(name.slice(kind.length));
  }

  async show(kind: TimelineKind): Promise<void> {
    await this.chip(kind).check();
    await expect(this.chip(kind)).toBeChecked();
  }

  async direction(label: 'Both ways' | 'Given' | 'Received'): Promise<void> {
    const radio = this.region.getByRole('group', { name: 'Direction' }).getByRole('radio', { name: label });
    await radio.check();
    await expect(radio).toBeChecked();
  }

  /** The line under the list: "50 of 300 shown · scroll for more" or "Start of the timeline · N entries". */
  get end() {
    return this.region.locator('.timeline__end');
  }
}
