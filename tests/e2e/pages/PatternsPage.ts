import { expect, type Locator, type Page } from '@playwright/test';
import { STANCE_LABELS, type Stance } from '../../../src/shared/entities/patterns';

/** The Patterns page: stance groups, relationship cards, portfolio cards, evidence lists and the window choice. */
export class PatternsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Patterns', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Patterns');
    await expect(this.page.getByRole('heading', { name: 'Relationships', level: 2 })).toBeVisible();
  }

  /** The section of relationships under one stance. */
  group(stance: Stance): Locator {
    return this.page.getByRole('region', { name: STANCE_LABELS[stance], exact: true });
  }

  /** A relationship's card, wherever it is on the page. */
  card(name: string): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  /** Opens a card's evidence list and returns it. */
  async openEvidence(card: Locator): Promise<Locator> {
    const toggle = card.getByRole('button', { name: /entr(y|ies) behind this$/ });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = card.getByRole('list', { name: /^Entries behind/ });
    await expect(list).toBeVisible();
    return list;
  }

  async chooseWindow(label: RegExp | string): Promise<void> {
    await this.page.getByRole('group', { name: 'Window' }).getByRole('radio', { name: label }).check();
  }
}
