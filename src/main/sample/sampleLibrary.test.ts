import { afterEach, describe, expect, it } from 'vitest';
import type { PatternReport, PortfolioFinding } from '../../shared/entities/patterns';
import { tempLibrary } from '../testing/tempLibrary';
import { SAMPLE_PEOPLE, SAMPLE_PORTFOLIO } from './sampleCast';
import { SAMPLE_SEED, writeSampleLibrary } from './sampleLibrary';

const libraries: ReturnType<typeof tempLibrary>[] = [];
afterEach(() => {
  for (const lib of libraries.splice(0)) lib.cleanup();
});

async function sampleLibrary(today: string, seed: number) {
  const lib = tempLibrary({ now: () => new Date(`${today}T12:00:00Z`) });
  libraries.push(lib);
  const summary = await writeSampleLibrary(lib.db, { today, seed });
  return { lib, summary };
}

function portfolio<K extends PortfolioFinding['kind']>(report: PatternReport, kind: K): Extract<PortfolioFinding, { kind: K }> {
  const finding = report.portfolio.find((entry) => entry.kind === kind);
  if (!finding) throw new Error(`no ${kind} finding`);
  return finding as Extract<PortfolioFinding, { kind: K }>;
}

describe('the sample library', () => {
  // Different seeds and calendars (mid-month, a month's end, New Year's Day): the story must not depend on either.
  it.each([
    ['2026-03-15', SAMPLE_SEED],
    ['2026-08-31', 1],
    ['2027-01-01', 2],
  ])('shows every stance and flag it is built for under the default settings (today %s, seed %i)', async (today, seed) => {
    const { lib, summary } = await sampleLibrary(today, seed);
    expect(summary).toMatchObject({ people: 12, projects: 4 });
    const report = await lib.call('patterns.report', {});
    expect(report.relationships).toHaveLength(SAMPLE_PEOPLE.length);
    for (const person of SAMPLE_PEOPLE) {
      const finding = report.relationships.find((entry) => entry.collaborator.name === person.name);
      expect(finding?.stance, person.name).toBe(person.stance);
      const expected = person.expect ?? {};
      if (expected.basis) expect(finding?.basis, person.name).toBe(expected.basis);
      if (expected.leaning) expect(finding?.leaning, person.name).toBe(expected.leaning);
      if (expected.trend) expect(finding?.trend?.direction, person.name).toBe(expected.trend);
      if (expected.needsGap) expect(finding?.needsGap?.whoseNeedsCountMore, person.name).toBe(expected.needsGap);
      if (expected.learnerPath) expect(finding?.learnerPath?.state, person.name).toBe(expected.learnerPath);
    }
    expect(new Set(report.relationships.map((finding) => finding.stance))).toEqual(
      new Set(['interdependent', 'one-sided-giving', 'one-sided-taking', 'dependent', 'going-it-alone', 'not-enough-data']),
    );
    for (const finding of report.portfolio) expect(finding.stance, finding.kind).toBe(SAMPLE_PORTFOLIO[finding.kind]);
    expect(portfolio(report, 'support-concentration').mainSource?.name).toBe('Priya Nair');
    expect(portfolio(report, 'missing-benefits').missing).toEqual(['growth']);
    expect(portfolio(report, 'no-input-stretches').stretches.map((stretch) => stretch.projectTitle)).toEqual(['Harbour Lights']);
    expect(portfolio(report, 'declined-feedback').declinedShare).toBeGreaterThan(0.5);
  });

  it('tells a different story over a year, from the half-year before the window', async () => {
    const { lib } = await sampleLibrary('2026-03-15', SAMPLE_SEED);
    const year = await lib.call('patterns.report', { windowDays: 365 });
    expect(year.relationships.find((entry) => entry.collaborator.name === 'Sam Okafor')?.stance).toBe('interdependent');
    expect(portfolio(year, 'missing-benefits').missing).toEqual([]);
  });

  it('cites only entries that exist in it', async () => {
    const { lib } = await sampleLibrary('2026-03-15', SAMPLE_SEED);
    const report = await lib.call('patterns.report', {});
    const tables = { feedback: 'feedback', lesson: 'lessons', request: 'requests', project: 'projects' } as const;
    // The report counts a finding's entries; patterns.evidence lists them.
    const opened = [
      ...report.relationships.map((finding) => ({ finding: 'relationship' as const, collaboratorId: finding.collaborator.id })),
      ...report.portfolio.map((finding) => ({ finding: finding.kind })),
    ];
    const refs = (await Promise.all(opened.map((finding) => lib.call('patterns.evidence', finding)))).flatMap((evidence) => evidence.refs);
    expect(refs.length).toBeGreaterThan(100);
    for (const ref of refs) {
      const sql =
        ref.type === 'help'
          ? "SELECT count(*) FROM exchanges WHERE id = ? AND source = 'help' AND deleted_at IS NULL"
          : `SELECT count(*) FROM ${tables[ref.type]} WHERE id = ?`;
      expect(lib.db.prepare(sql).pluck().get(ref.id), `${ref.type} ${ref.id}`).toBe(1);
    }
  });

  it('comes out the same for the same seed and today, and differently for another seed', async () => {
    const entries = (db: ReturnType<typeof tempLibrary>['db']) =>
      db
        .prepare(
          `SELECT e.source, c.name, e.direction, e.benefit, e.weight, e.date, coalesce(f.body, e.note, '') AS text
           FROM exchanges e JOIN collaborators c ON c.id = e.collaborator_id LEFT JOIN feedback f ON f.id = e.source_id
           ORDER BY e.date, c.name, e.source, e.direction, e.weight, text`,
        )
        .all();
    const first = await sampleLibrary('2026-03-15', SAMPLE_SEED);
    const again = await sampleLibrary('2026-03-15', SAMPLE_SEED);
    const other = await sampleLibrary('2026-03-15', SAMPLE_SEED + 1);
    expect(entries(again.lib.db)).toEqual(entries(first.lib.db));
    expect(entries(other.lib.db)).not.toEqual(entries(first.lib.db));
  });

  it('is written into an empty library only, and leaves a library it refuses untouched', async () => {
    const lib = tempLibrary();
    libraries.push(lib);
    await lib.call('collaborators.create', { name: 'Me' });
    await expect(writeSampleLibrary(lib.db, { today: '2026-03-15' })).rejects.toThrow(/empty library/);
    expect(lib.db.prepare('SELECT count(*) FROM collaborators').pluck().get()).toBe(1);
  });
});
