import { expect, type Locator, type Page } from '@playwright/test';
import { ANSWER_LABELS, DIMENSION_DESCRIPTIONS, QUESTIONNAIRE, type Answer, type Dimension } from '../../../src/shared/selfAssessment/questionnaire';

const TOTAL = QUESTIONNAIRE.items.length;

/** The self-assessment: its home, the questionnaire (driven from the keyboard), a result and the history. */
export class SelfAssessmentPages {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The statement on screen: its radio group, named by the statement. */
  get statement(): Locator {
    return this.page.getByRole('main').locator('fieldset.answer-scale');
  }

  /** "Statement 7 of 24". */
  get position(): Locator {
    return this.page.getByText(new RegExp(`^Statement \\d+ of ${TOTAL}$`));
  }

  answer(answer: Answer): Locator {
    return this.statement.getByRole('radio', { name: ANSWER_LABELS[answer], exact: true });
  }

  async expectAt(n: number): Promise<void> {
    await expect(this.position).toHaveText(`Statement ${n} of ${TOTAL}`);
    await expect(this.statement).toHaveAttribute('data-item', QUESTIONNAIRE.items[n - 1]?.id ?? '');
  }

  /** From the intro, with the page heading focused: Tab to Begin, Enter. */
  async beginWithKeyboard(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'How do you work with others?' })).toBeVisible();
    await this.page.keyboard.press('Tab');
    await expect(this.page.getByRole('button', { name: 'Begin' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await this.expectAt(1);
  }

  /** Answers statements `from`..`to` (1-based) with the number keys and Enter; statement n gets answerOf(n). */
  async answerWithKeyboard(from: number, to: number, answerOf: (n: number) => Answer): Promise<void> {
    for (let n = from; n <= to; n++) {
      await expect(this.position).toHaveText(`Statement ${n} of ${TOTAL}`);
      await this.page.keyboard.press(String(answerOf(n)));
      await this.page.keyboard.press('Enter');
    }
  }

  /** One part of a result: its card, with its words and what the log shows. */
  part(dimension: Dimension): Locator {
    return this.page.getByRole('article', { name: DIMENSION_DESCRIPTIONS[dimension].name, exact: true });
  }

  get profile(): Locator {
    return this.page.getByRole('img', { name: /^Your profile, each out of 100/ });
  }

  async openHome(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Self-assessment', exact: true }).click();
    await expect(this.heading).toHaveText('Self-assessment');
  }
}
