import { describe, expect, test } from 'vitest';
import type { PortfolioFinding, PortfolioKind } from '../../../shared/entities/patterns';
import type { AnalysisSettings } from '../../../shared/settings';
import type { ActiveProjectInput } from '../input';
import { analyze, collaborator, entries, exchange, receivedFeedback, type CollaboratorSpec } from '../fixtures';
import { herfindahlPosterior } from './supportConcentration';

function portfolio<K extends PortfolioKind>(
  kind: K,
  specs: CollaboratorSpec[],
  options: Parameters<typeof analyze>[1] = {},
): Extract<PortfolioFinding, { kind: K }> {
  const finding = analyze(specs.map((spec) => collaborator(spec)), options).portfolio.find((entry) => entry.kind === kind);
  if (!finding) throw new Error(`No ${kind} finding`);
  return finding as Extract<PortfolioFinding, { kind: K }>;
}

describe('support concentration', () => {
  test('8 of 10 from one person: H = 0.64 + 0.04 = 0.68, one main source, named', () => {
    const finding = portfolio('support-concentration', [
      { name: 'Ana', entries: entries('received', 8) },
      { name: 'Ben', entries: entries('received', 2) },
      { name: 'Cleo', entries: entries('given', 1) },
    ]);
    expect(finding.herfindahl).toBeCloseTo(0.68, 12);
    expect(finding.stance).toBe('dependent');
    expect(finding.mainSource).toMatchObject({ name: 'Ana', weight: 8, share: 0.8 });
    expect(finding.sentence).toBe(
      'In the last 6 months the support you received came mainly from one source: Ana gave 8 of 10 (weighted), ' +
        'a share of 0.80 (concentration index 0.68).',
    );
    expect(finding.evidence.total).toBe(8);
    expect(finding.confidence).toBeGreaterThan(0.5);
  });

  test('3, 3 and 4: H = 0.34, several sources', () => {
    const finding = portfolio('support-concentration', [
      { name: 'Ana', entries: entries('received', 3) },
      { name: 'Ben', entries: entries('received', 3) },
      { name: 'Cleo', entries: entries('received', 4) },
    ]);
    expect(finding.herfindahl).toBeCloseTo(0.34, 12);
    expect(finding.stance).toBe('interdependent');
    expect(finding.sources.map((source) => source.name)).toEqual(['Cleo', 'Ana', 'Ben']);
    expect(finding.sentence).toContain('came from 3 sources; the largest, Cleo, gave a share of 0.40');
    expect(finding.evidence.total).toBe(10);
  });

  test('two equal sources: H exactly 0.5 is at the threshold, so concentrated', () => {
    const finding = portfolio('support-concentration', [
      { name: 'Ana', entries: entries('received', 5) },
      { name: 'Ben', entries: entries('received', 5) },
      { name: 'Cleo', entries: entries('given', 1) },
    ]);
    expect(finding.herfindahl).toBe(0.5);
    expect(finding.stance).toBe('dependent');
    expect(finding.sentence).toBe(
      'In the last 6 months the support you received was concentrated in few sources: Ana 0.50 and Ben 0.50 ' +
        '(concentration index 0.50).',
    );
    expect(finding.evidence.total).toBe(10);
  });

  test('given weight does not count as support; under the minimum received it is not enough data', () => {
    const finding = portfolio('support-concentration', [
      { entries: [...entries('received', 9), ...entries('given', 20)] },
      { entries: entries('given', 5) },
      { entries: entries('given', 5) },
    ]);
    expect(finding.stance).toBe('not-enough-data');
    expect(finding.confidence).toBe(0);
    expect(finding.herfindahl).toBe(1);
  });

  test('the Dirichlet posterior of H: one source is certain; Dirichlet(1, 1) has mean 2/3, variance 1/45', () => {
    expect(herfindahlPosterior([7])).toEqual({ mean: 1, variance: 0 });
    const uniform = herfindahlPosterior([1, 1]);
    expect(uniform.mean).toBeCloseTo(2 / 3, 12);
    expect(uniform.variance).toBeCloseTo(1 / 45, 12);
  });
});

describe('missing benefits', () => {
  test('only knowledge received (3 entries): perspective and growth missing, sure to 1 − (1/3)³', () => {
    const finding = portfolio('missing-benefits', [
      { entries: [...entries('received', 3, { benefit: 'knowledge', weight: 2 }), ...entries('given', 3, { benefit: 'growth' })] },
    ]);
    expect(finding.missing).toEqual(['perspective', 'growth']);
    expect(finding.received).toEqual({ knowledge: 6, perspective: 0, growth: 0 });
    expect(finding.given).toEqual({ knowledge: 0, perspective: 0, growth: 3 });
    expect(finding.stance).toBe('going-it-alone');
    expect(finding.confidence).toBeCloseTo(1 - (1 / 3) ** 3, 12);
    expect(finding.sentence).toBe(
      'In the last 6 months nothing you received carried perspective and growth; you received knowledge 6 (weighted) — ' +
        'those kinds of input look missing.',
    );
  });

  test('all three received: interdependent', () => {
    const finding = portfolio('missing-benefits', [
      { entries: [...exchange(0, 2, 'knowledge'), ...exchange(0, 2, 'perspective'), ...exchange(0, 2, 'growth')] },
    ]);
    expect(finding.missing).toEqual([]);
    expect(finding.stance).toBe('interdependent');
    expect(finding.confidence).toBe(1);
  });

  test('nothing received while giving 6: all missing, sure to 1 − ½⁶', () => {
    const finding = portfolio('missing-benefits', [{ entries: entries('given', 6) }]);
    expect(finding.missing).toEqual(['knowledge', 'perspective', 'growth']);
    expect(finding.confidence).toBeCloseTo(1 - 0.5 ** 6, 12);
    expect(finding.evidence.total).toBe(6);
  });

  test('under the minimum weight of exchange in all: not enough data', () => {
    expect(portfolio('missing-benefits', [{ entries: exchange(2, 2) }]).stance).toBe('not-enough-data');
  });
});

describe('the portfolio’s own minimum evidence (settings), so one entry raises no alarm', () => {
  const people = (...received: number[]): CollaboratorSpec[] =>
    received.map((weight, index) => ({ name: `P${index}`, entries: weight > 0 ? entries('received', weight) : entries('given', 1) }));
  test.each<{ name: string; specs: CollaboratorSpec[]; settings?: Partial<AnalysisSettings>; stance: string }>([
    { name: 'one person, 30 received (H is 1 with one person whatever happens)', specs: people(30), stance: 'not-enough-data' },
    { name: 'two people, 30 received', specs: people(25, 5), stance: 'not-enough-data' },
    { name: 'three people, one of them only given to, 10 received', specs: people(8, 2, 0), stance: 'dependent' },
    { name: 'three people, 9 received', specs: people(7, 1, 1), stance: 'not-enough-data' },
    { name: 'three people, 10 received', specs: people(8, 1, 1), stance: 'dependent' },
    { name: 'three people, 10 received, evenly enough', specs: people(4, 3, 3), stance: 'interdependent' },
    { name: 'one person with the minimum set to 1', specs: people(30), settings: { concentrationMinPeople: 1 }, stance: 'dependent' },
    { name: 'three people, 4 received, the minimum set to 4 (judged: H 0.375)', specs: people(2, 1, 1), settings: { concentrationMinWeight: 4 }, stance: 'interdependent' },
  ])('where support comes from — $name: $stance', ({ specs, settings, stance }) => {
    expect(portfolio('support-concentration', specs, { settings }).stance).toBe(stance);
  });

  test('the sentence below the minimum names what it has and what it takes', () => {
    expect(portfolio('support-concentration', people(3)).sentence).toBe(
      'In the last 6 months you exchanged with 1 person and received 3 (weighted) in all — too little yet to say where ' +
        'your support comes from (it takes 3 people with exchanges and 10 received).',
    );
  });

  test.each<{ name: string; specs: CollaboratorSpec[]; settings?: Partial<AnalysisSettings>; stance: string }>([
    { name: 'a single long lesson (knowledge 3 received)', specs: [{ entries: entries('received', 1, { benefit: 'knowledge', weight: 3, type: 'lesson' }) }], stance: 'not-enough-data' },
    { name: 'a peers’ swap (2 entries, weight 6)', specs: [{ entries: [...entries('given', 1, { benefit: 'knowledge', weight: 3 }), ...entries('received', 1, { benefit: 'knowledge', weight: 3 })] }], stance: 'not-enough-data' },
    { name: '5 entries, only knowledge received', specs: [{ entries: entries('received', 5, { benefit: 'knowledge' }) }], stance: 'not-enough-data' },
    { name: '6 entries, only knowledge received', specs: [{ entries: entries('received', 6, { benefit: 'knowledge' }) }], stance: 'going-it-alone' },
    { name: '6 entries over two people, all three received', specs: [{ entries: exchange(1, 2, 'growth') }, { entries: [...entries('received', 2, { benefit: 'knowledge' }), ...entries('received', 1)] }], stance: 'interdependent' },
    { name: '6 entries, all given', specs: [{ entries: entries('given', 6) }], stance: 'going-it-alone' },
    { name: '2 entries with the minimum set to 2', specs: [{ entries: entries('received', 2, { benefit: 'knowledge' }) }], settings: { missingBenefitsMinEntries: 2 }, stance: 'going-it-alone' },
  ])('kinds of input — $name: $stance', ({ specs, settings, stance }) => {
    expect(portfolio('missing-benefits', specs, { settings }).stance).toBe(stance);
  });

  test('the sentence below the minimum counts the exchanges', () => {
    expect(portfolio('missing-benefits', [{ entries: entries('received', 1, { benefit: 'knowledge', weight: 3 }) }]).sentence).toBe(
      'In the last 6 months the log holds 1 exchange in all — too little yet to say which kinds of input are missing (6 needed).',
    );
  });
});

describe('no-input stretches', () => {
  const project = (inputDays: string[], startDate: string | null = null, endDate: string | null = null): ActiveProjectInput => ({
    id: 'project-album',
    title: 'Album',
    startDate,
    endDate,
    inputDays,
  });

  test('input on 10 Jan and 1 Apr: stretches of 80 and 90 days, the 8 days before 10 Jan too short', () => {
    const finding = portfolio('no-input-stretches', [], { activeProjects: [project(['2026-04-01', '2026-01-10'])] });
    expect(finding.stance).toBe('going-it-alone');
    expect(finding.stretches).toEqual([
      { projectId: 'project-album', projectTitle: 'Album', from: '2026-04-02', to: '2026-06-30', days: 90 },
      { projectId: 'project-album', projectTitle: 'Album', from: '2026-01-11', to: '2026-03-31', days: 80 },
    ]);
    // Two inputs (plus one) over 180 days: λ = 3/180; the longest stretch, 90 days.
    expect(finding.confidence).toBeCloseTo(1 - Math.exp(-1.5), 12);
    expect(finding.evidence.refs).toEqual([{ type: 'project', id: 'project-album', date: null }]);
    expect(finding.sentence).toBe(
      'In the last 6 months 1 active project went 45 days or more with no input: “Album” (90 days, 2026-04-02 to 2026-06-30).',
    );
  });

  test.each([
    // Active from 1 May: input on 15 June leaves 1 May – 14 June, 45 days.
    { name: '45 days without input is a stretch', inputs: ['2026-06-15', '2026-06-30'], longest: 45 },
    { name: '44 days is not', inputs: ['2026-06-14', '2026-06-30'], longest: null },
  ])('$name', ({ inputs, longest }) => {
    const finding = portfolio('no-input-stretches', [], { activeProjects: [project(inputs, '2026-05-01')] });
    expect(finding.stretches[0]?.days ?? null).toBe(longest);
  });

  test('input before the project started does not matter; a project starting late is judged from its start', () => {
    const finding = portfolio('no-input-stretches', [], {
      activeProjects: [project(['2026-05-20', '2026-06-25'], '2026-05-01')],
    });
    expect(finding.stance).toBe('interdependent');
    expect(finding.confidence).toBe(1);
    expect(finding.sentence).toBe('In the last 6 months every active project had input at least once every 45 days (1 active project).');
  });

  test.each([
    ['ending in the window: only its active days count, 2 Jan to 15 Mar', '2026-03-15', 73],
    ['ending on the window’s first day: one day, too short', '2026-01-02', null],
    ['ending after today: the whole window', '2026-09-01', 180],
  ])('a project %s', (_name, endDate, days) => {
    const finding = portfolio('no-input-stretches', [], { activeProjects: [project([], null, endDate)] });
    expect(finding.stretches[0]?.days ?? null).toBe(days);
    expect(finding.stance).toBe(days === null ? 'interdependent' : 'going-it-alone');
  });

  test('a project with no input at all is one stretch, the whole window', () => {
    const finding = portfolio('no-input-stretches', [], { activeProjects: [project(['2025-12-01'])] });
    expect(finding.stretches).toEqual([
      { projectId: 'project-album', projectTitle: 'Album', from: '2026-01-02', to: '2026-06-30', days: 180 },
    ]);
  });

  test('no active project: not enough data', () => {
    const finding = portfolio('no-input-stretches', []);
    expect(finding.stance).toBe('not-enough-data');
    expect(finding.activeProjects).toBe(0);
  });

  test('a window shorter than the gap cannot hold a stretch: not enough data, not "steady input"', () => {
    const finding = portfolio('no-input-stretches', [], {
      activeProjects: [project([])],
      window: { from: '2026-06-24', to: '2026-06-30' },
    });
    expect(finding.stance).toBe('not-enough-data');
    expect(finding.stretches).toEqual([]);
    expect(finding.sentence).toBe(
      'The last week is shorter than a stretch without input (45 days), so none can show yet (1 active project).',
    );
  });

  test('the gap length is a setting', () => {
    const finding = portfolio('no-input-stretches', [], {
      activeProjects: [project(['2026-04-01', '2026-01-10'])],
      settings: { noInputGapDays: 85 },
    });
    expect(finding.stretches.map((stretch) => stretch.days)).toEqual([90]);
  });
});

describe('declined feedback', () => {
  test('4 of 5 resolved declined (0.80): most is set aside, going it alone', () => {
    const finding = portfolio('declined-feedback', [
      { receivedFeedback: receivedFeedback(['declined', 'declined', 'declined', 'applied', 'open']) },
      { receivedFeedback: receivedFeedback(['declined']) },
    ]);
    expect(finding.resolved).toBe(5);
    expect(finding.declinedShare).toBeCloseTo(0.8, 12);
    expect(finding.stance).toBe('going-it-alone');
    // P(share > 0.5) under Beta(5, 2) = P(Binomial(6, ½) ≤ 4) = 1 − 7/64.
    expect(finding.confidence).toBeCloseTo(1 - 7 / 64, 12);
    expect(finding.evidence.total).toBe(4);
    expect(finding.evidence.refs).toHaveLength(4);
    expect(finding.sentence).toBe(
      'In the last 6 months you declined 4 of 5 resolved pieces of feedback received (0.80) — ' +
        'most of the input is set aside, a sign of going it alone.',
    );
  });

  test('exactly half declined (3 of 6) is not "most": interdependent', () => {
    const finding = portfolio('declined-feedback', [
      { receivedFeedback: receivedFeedback(['declined', 'declined', 'declined', 'applied', 'partly-applied', 'discussed']) },
    ]);
    expect(finding.declinedShare).toBe(0.5);
    expect(finding.stance).toBe('interdependent');
    expect(finding.confidence).toBeCloseTo(0.5, 12);
  });

  test('4 resolved (open ones do not count) is under the minimum of 5', () => {
    const finding = portfolio('declined-feedback', [
      { receivedFeedback: receivedFeedback(['declined', 'declined', 'declined', 'declined', 'open', 'open']) },
    ]);
    expect(finding.stance).toBe('not-enough-data');
    expect(finding.resolved).toBe(4);
  });

  test('nothing resolved yet says "none", not "0 pieces"', () => {
    const finding = portfolio('declined-feedback', [{ receivedFeedback: receivedFeedback(['open']) }]);
    expect(finding.sentence).toBe(
      'In the last 6 months none of the feedback you received was resolved — too few yet to say how feedback is weighed (5 needed).',
    );
  });
});

test('the portfolio always holds the four findings in order', () => {
  expect(analyze([]).portfolio.map((finding) => finding.kind)).toEqual([
    'support-concentration',
    'missing-benefits',
    'no-input-stretches',
    'declined-feedback',
  ]);
});
