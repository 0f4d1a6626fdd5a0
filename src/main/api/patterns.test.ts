import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MISSING_ID } from '../testing/logFixtures';
import { tempLibrary } from '../testing/tempLibrary';

const NOW = new Date('2026-03-15T12:00:00Z');

describe('patterns.report and patterns.forCollaborator', () => {
  let lib: ReturnType<typeof tempLibrary>;
  beforeEach(() => {
    lib = tempLibrary({ now: () => NOW });
  });
  afterEach(() => lib.cleanup());

  /** Three relationships whose stances under the default settings are known by hand. */
  async function seededLog() {
    const giving = await lib.call('collaborators.create', { name: 'Gil', roles: ['co-creator'] });
    const even = await lib.call('collaborators.create', { name: 'Eve', roles: ['peer'] });
    const quiet = await lib.call('collaborators.create', { name: 'Quinn', roles: ['peer'] });
    const help = (collaboratorId: string, direction: 'given' | 'received', weight: 1 | 2 | 3, date: string) =>
      lib.call('help.create', { collaboratorId, direction, benefit: 'perspective', weight, date });
    // Gil: 20 given, 2 received — share 0.91, the 90% interval wholly above 0.65.
    for (const date of ['2026-01-05', '2026-01-20', '2026-02-02', '2026-02-10', '2026-02-25']) await help(giving.id, 'given', 3, date);
    await help(giving.id, 'given', 3, '2026-03-01');
    await help(giving.id, 'given', 2, '2026-03-02');
    await help(giving.id, 'received', 2, '2026-02-15');
    // Eve: 6 and 6.
    for (const date of ['2026-01-10', '2026-02-10', '2026-03-10']) {
      await help(even.id, 'given', 2, date);
      await help(even.id, 'received', 2, date);
    }
    // Quinn: a peer with whom nothing happened for the last 100 days.
    await help(quiet.id, 'received', 3, '2025-12-05');
    await help(quiet.id, 'given', 3, '2025-12-05');
    return { giving, even, quiet };
  }

  it('judges every relationship in the window ending today, with the settings saved', async () => {
    const { giving, even, quiet } = await seededLog();
    const report = await lib.call('patterns.report', {});
    expect(report.window).toEqual({ from: '2025-09-17', to: '2026-03-15', days: 180, label: 'the last 6 months' });
    const stances = Object.fromEntries(report.relationships.map((finding) => [finding.collaborator.name, finding.stance]));
    expect(stances).toEqual({ Gil: 'one-sided-giving', Eve: 'interdependent', Quinn: 'interdependent' });
    const gil = report.relationships.find((finding) => finding.collaborator.id === giving.id);
    expect(gil).toMatchObject({ give: 20, receive: 2, basis: 'balance' });
    expect(gil?.evidence.total).toBe(8);
    expect(report.relationships.find((finding) => finding.collaborator.id === even.id)?.giveShare).toBe(0.5);
    expect(report.relationships.find((finding) => finding.collaborator.id === quiet.id)?.give).toBe(3);
    expect(report.portfolio.map((finding) => finding.kind)).toEqual([
      'support-concentration',
      'missing-benefits',
      'no-input-stretches',
      'declined-feedback',
    ]);
  });

  it('takes a shorter window for one call without changing the saved one', async () => {
    await seededLog();
    const report = await lib.call('patterns.report', { windowDays: 90 });
    expect(report.window).toMatchObject({ from: '2025-12-16', to: '2026-03-15', days: 90 });
    expect(report.relationships.find((finding) => finding.collaborator.name === 'Quinn')).toMatchObject({
      stance: 'going-it-alone',
      basis: 'no-exchange',
    });
    expect((await lib.call('settings.get', {})).analysis.windowDays).toBe(180);
  });

  it('changes its answer when settings.analysis changes', async () => {
    const { giving } = await seededLog();
    const before = await lib.call('patterns.forCollaborator', { collaboratorId: giving.id });
    expect(before.stance).toBe('one-sided-giving');
    await lib.call('settings.update', { analysis: { balancedBandLow: 0.05, balancedBandHigh: 0.95 } });
    const after = await lib.call('patterns.forCollaborator', { collaboratorId: giving.id });
    expect(after.stance).toBe('interdependent');
    await lib.call('settings.update', { analysis: { windowDays: 90 } });
    expect((await lib.call('patterns.report', {})).window.days).toBe(90);
  });

  it('gives one relationship the same finding as the whole report, archived people included', async () => {
    const { giving, even } = await seededLog();
    const report = await lib.call('patterns.report', {});
    expect(await lib.call('patterns.forCollaborator', { collaboratorId: giving.id })).toEqual(
      report.relationships.find((finding) => finding.collaborator.id === giving.id),
    );
    await lib.call('collaborators.archive', { id: even.id });
    expect((await lib.call('patterns.forCollaborator', { collaboratorId: even.id })).stance).toBe('interdependent');
    expect((await lib.call('patterns.forCollaborator', { collaboratorId: even.id, windowDays: 30 })).give).toBe(2);
  });

  it('answers an empty library with no relationships and the portfolio saying there is too little', async () => {
    const report = await lib.call('patterns.report', {});
    expect(report.relationships).toEqual([]);
    expect(report.portfolio.map((finding) => finding.stance)).toEqual(['not-enough-data', 'not-enough-data', 'not-enough-data', 'not-enough-data']);
  });

  it('refuses input it does not understand, naming the field', async () => {
    const cases: [string, unknown, string][] = [
      ['patterns.report', { windowDays: 3 }, 'windowDays'],
      ['patterns.report', { windowDays: 30.5 }, 'windowDays'],
      ['patterns.report', { window: 30 }, ''],
      ['patterns.forCollaborator', {}, 'collaboratorId'],
      ['patterns.forCollaborator', { collaboratorId: 'sam' }, 'collaboratorId'],
      ['patterns.forCollaborator', { collaboratorId: MISSING_ID, windowDays: 5000 }, 'windowDays'],
    ];
    for (const [method, input, path] of cases) {
      const result = await lib.raw(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.details?.issues?.[0]?.path).toBe(path);
    }
    const missing = await lib.raw('patterns.forCollaborator', { collaboratorId: MISSING_ID });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'That person was not found. It may have been deleted.' } });
  });
});
