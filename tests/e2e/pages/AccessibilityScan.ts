import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what issue 10 holds every screen to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The app follows the system's colour scheme (tokens.css, prefers-color-scheme); both are scanned. */
export const COLOR_SCHEMES = ['light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

interface Finding {
  where: string;
  scheme: ColorScheme;
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
  summary: string;
}

/** The WCAG AA rules whose result depends on colours: the ones the dark scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

function describe(finding: Finding): string {
  return (
    `[${finding.scheme}] ${finding.where}: ${finding.rule} (${finding.impact}) ${finding.help}\n  ${finding.helpUrl}\n` +
    finding.targets.map((target) => `  - ${target}`).join('\n') +
    `\n  first element: ${finding.summary.replace(/\n/g, '\n    ')}`
  );
}

/**
 * axe-core over what the page shows now, in each colour scheme, collecting every violation with
 * where it was seen, so one test can walk many pages and still report each problem fixably
 * (rule id, the elements' selectors, axe's help text).
 */
export class AccessibilityScan {
  readonly findings: Finding[] = [];
  /** How many scans ran, so a walk that silently scanned nothing is caught. */
  scans = 0;
  /** The colour scheme the page is emulating now (none until the first scan). */
  private scheme: ColorScheme | undefined;

  constructor(readonly page: Page) {}

  /** Opens a page by its hash route and waits for its heading and its data. */
  async visit(path: string): Promise<void> {
    await this.page.evaluate(`window.location.hash = ${JSON.stringify(`#${path}`)}`);
    await expect(this.page.getByRole('heading', { level: 1 }).first(), path).toBeVisible({ timeout: 15_000 });
    await this.settle(path);
  }

  /** No "Loading…" left and no call in flight: what axe sees is what the user reads. */
  async settle(where: string): Promise<void> {
    await expect(this.page.locator('.loading'), `${where} is still loading`).toHaveCount(0, { timeout: 15_000 });
    await this.page.waitForLoadState('networkidle');
  }

  /**
   * Scans the page (or the part `include` selects, such as an open dialog): every WCAG rule in the
   * light scheme and the rules that read colours in the dark one. The schemes differ only in
   * tokens.css's colours, so a rule that reads no colour finds the same in both; scanning it twice
   * would double the suite's time for nothing.
   */
  async scan(where: string, include?: string): Promise<void> {
    // The scheme the page is in is scanned first, so each scan switches the scheme once, not twice.
    const schemes = this.scheme === 'dark' ? [...COLOR_SCHEMES].reverse() : COLOR_SCHEMES;
    for (const scheme of schemes) {
      if (this.scheme !== scheme) {
        // Reduced motion sets the tokens' transition time to 0, so no colour is caught halfway.
        await this.page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        this.scheme = scheme;
      }
      await this.settleDrawing();
      let { violations } = await this.analyze(scheme, include);
      // A colour read while the scheme was still changing (CI once saw the dark scheme's muted text
      // on the light scheme's white dialog) is read again after more frames: a real contrast problem
      // is there both times, a half-applied scheme is not. What did not repeat is said, not hidden.
      if (violations.some((violation) => COLOUR_RULES.includes(violation.id))) {
        await this.page.waitForTimeout(250);
        await this.settleDrawing();
        const again = new Set((await this.analyze(scheme, include, COLOUR_RULES)).violations.map((v) => v.id));
        const passing = violations.filter((v) => COLOUR_RULES.includes(v.id) && !again.has(v.id));
        for (const violation of passing) {
          console.log(`[${scheme}] ${where}: ${violation.id} was not there when read again (the scheme was still changing)`);
        }
        violations = violations.filter((v) => !passing.includes(v));
      }
      this.scans += 1;
      for (const violation of violations) {
        const finding: Finding = {
          where,
          scheme,
          rule: violation.id,
          impact: violation.impact ?? 'unknown',
          help: violation.help,
          helpUrl: violation.helpUrl,
          targets: violation.nodes.map((node) => node.target.join(' ')),
          summary: violation.nodes[0]?.failureSummary ?? '',
        };
        this.findings.push(finding);
        // Also said at once, so a walk cut short by its timeout still shows what it found.
        console.log(describe(finding));
      }
    }
  }

  /**
   * What axe reads is what is drawn at the end. A dialog fades in (Dialog.css), and a scheme change
   * restyles the page: every finite animation and transition is taken to its end state at once
   * (waiting for them to end took up to seconds a scan, as they end only when a frame is drawn), and
   * two frames are let through so a style change made by that frame is applied too.
   */
  private async settleDrawing(): Promise<void> {
    await this.page.evaluate(
      `(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
        const finish = () => document.getAnimations().forEach((a) => { if (a.effect?.getTiming().iterations !== Infinity) a.finish(); });
        finish();
        await frame();
        await frame();
        finish();
      })()`,
    );
  }

  /** One axe run: every WCAG rule in the light scheme, the colour rules in the dark one (or `rules`). */
  private async analyze(scheme: ColorScheme, include: string | undefined, rules?: string[]) {
    // Legacy mode runs axe in the page itself: the app has no frames, and the default opens a
    // second page per scan to merge frame results, which doubles the time on a loaded machine.
    // axe-core (580 KB) goes into the page once per document: AxeBuilder evaluates its source twice
    // on every analyze(), which cost ~0.3 s a scan. Hash routes keep the document, so after the
    // first scan the builder is given a no-op source and runs the axe already there.
    const injected = await this.page.evaluate(`typeof window.axe?.run === 'function'`);
    let builder = new AxeBuilder({ page: this.page, ...(injected ? { axeSource: ';' } : {}) })
      .setLegacyMode(true)
      // Only the violations' details are built; passes and incompletes are counted, not described.
      // label-content-name-mismatch (WCAG 2.5.3) is one of axe's experimental rules, off unless named.
      .options({ resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } });
    if (rules) builder = builder.withRules(rules);
    else builder = scheme === 'light' ? builder.withTags(WCAG_TAGS) : builder.withRules(COLOUR_RULES);
    if (include) builder = builder.include(include);
    return builder.analyze();
  }

  /** Scans the open modal dialog alone (the page behind it is inert and scanned on its own). */
  async scanDialog(where: string): Promise<void> {
    await expect(this.page.locator('dialog[open]')).toHaveCount(1);
    await this.scan(where, 'dialog[open]');
  }

  /** Each violation with its page or dialog, theme, rule, help text and the elements' selectors. */
  report(): string {
    const byRule = new Map<string, number>();
    for (const finding of this.findings) {
      const key = `${finding.rule} (${finding.scheme})`;
      byRule.set(key, (byRule.get(key) ?? 0) + finding.targets.length);
    }
    const totals = [...byRule].map(([key, count]) => `${key}: ${count} elements`).join(', ');
    return `${this.findings.length} violations on ${this.scans} scans. ${totals}\n${this.findings.map(describe).join('\n')}`;
  }

  expectNoViolations(): void {
    expect(this.scans, 'no page was scanned').toBeGreaterThan(0);
    expect(this.findings, this.report()).toEqual([]);
  }
}
