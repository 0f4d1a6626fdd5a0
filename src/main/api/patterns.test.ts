import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MonthlyBalance, RelationshipFinding } from '../../shared/entities/patterns';
import { writeSampleLibrary } from '../sample/sampleLibrary';
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
    const { quiet } = await seededLog();
    const quinn = async () =>
      (await lib.call('patterns.report', { windowDays: 90 })).relationships.find((finding) => finding.collaborator.id === quiet.id);
    const report = await lib.call('patterns.report', { windowDays: 90 });
    expect(report.window).toMatchObject({ from: '2025-12-16', to: '2026-03-15', days: 90 });
    // A peer with nothing in the window is simply quiet: a role is not active work.
    expect(await quinn()).toMatchObject({ stance: 'not-enough-data', basis: 'too-little-weight', give: 0 });
    const project = await lib.call('projects.create', { title: 'Duet', medium: 'music', status: 'active', startDate: '2025-11-01' });
    await lib.call('projects.addMember', { projectId: project.id, collaboratorId: quiet.id });
    expect(await quinn()).toMatchObject({ stance: 'going-it-alone', basis: 'no-exchange' });
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

  it('gives one relationship the same finding as the whole report, whose evidence is its count, archived people included', async () => {
    const { giving, even } = await seededLog();
    const report = await lib.call('patterns.report', {});
    const alone = await lib.call('patterns.forCollaborator', { collaboratorId: giving.id });
    expect(alone.evidence.refs).toHaveLength(8);
    expect(report.relationships.find((finding) => finding.collaborator.id === giving.id)).toEqual({
      ...alone,
      evidence: { refs: [], total: alone.evidence.total },
      months: [],
    });
    expect(alone.exchangeCount).toBe(8);
    expect(alone.months.reduce((sum, month) => sum + month.given.perspective + month.received.perspective, 0)).toBe(22);
    await lib.call('collaborators.archive', { id: even.id });
    expect((await lib.call('patterns.forCollaborator', { collaboratorId: even.id })).stance).toBe('interdependent');
    expect((await lib.call('patterns.forCollaborator', { collaboratorId: even.id, windowDays: 30 })).give).toBe(2);
  });

  it('lists a finding’s entries when it is opened, with the count the report gave', async () => {
    const { giving, even } = await seededLog();
    await lib.call('feedback.create', { direction: 'received', collaboratorId: even.id, kind: 'critique', body: 'Tighter', date: '2026-03-01' });
    const report = await lib.call('patterns.report', { windowDays: 90 });
    const gil = await lib.call('patterns.evidence', { finding: 'relationship', collaboratorId: giving.id, windowDays: 90 });
    expect(gil).toEqual((await lib.call('patterns.forCollaborator', { collaboratorId: giving.id, windowDays: 90 })).evidence);
    expect(gil.total).toBe(report.relationships.find((finding) => finding.collaborator.id === giving.id)?.evidence.total);
    expect(gil.refs.map((ref) => ref.date)).toEqual(['2026-03-02', '2026-03-01', '2026-02-25', '2026-02-15', '2026-02-10', '2026-02-02', '2026-01-20', '2026-01-05']);
    for (const finding of report.portfolio) {
      const evidence = await lib.call('patterns.evidence', { finding: finding.kind, windowDays: 90 });
      expect(evidence.total, finding.kind).toBe(finding.evidence.total);
      expect(finding.evidence.refs).toEqual([]);
    }
    const received = await lib.call('patterns.evidence', { finding: 'support-concentration', windowDays: 90 });
    expect(received.refs.map((ref) => ref.type)).toContain('feedback');
    expect(received.refs.length).toBe(received.total);
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
      ['patterns.evidence', { finding: 'missing-benefits', collaboratorId: MISSING_ID }, ''],
      ['patterns.evidence', { finding: 'everything' }, 'finding'],
      ['patterns.evidence', { finding: 'relationship' }, 'collaboratorId'],
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
    expect(await lib.raw('patterns.evidence', { finding: 'relationship', collaboratorId: MISSING_ID })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the report counts the entries that patterns.evidence and patterns.forCollaborator list', () => {
  let lib: ReturnType<typeof tempLibrary>;
  beforeEach(() => {
    lib = tempLibrary({ now: () => NOW });
  });
  afterEach(() => lib.cleanup());

  const weighed = (months: readonly MonthlyBalance[]) =>
    months.some((month) => [month.given, month.received].some((side) => side.knowledge + side.perspective + side.growth > 0));
  const totals = (finding: RelationshipFinding) => ({
    stance: finding.evidence.total,
    needsGap: finding.needsGap?.evidence.total,
    trend: finding.trend?.evidence.total,
    learnerPath: finding.learnerPath?.evidence.total,
  });

  // The sample holds every stance and flag: peers' lessons (two ledger rows each), needs gaps, mentors' paths, declined feedback.
  it.each([180, 365])('every finding’s count, over %i days, on the sample library', async (windowDays) => {
    await writeSampleLibrary(lib.db, { today: '2026-03-15', seed: 7 });
    const [peer] = await lib.call('collaborators.list', {});
    if (!peer) throw new Error('The sample has no one');
    await lib.call('lessons.create', { collaboratorId: peer.id, userRole: 'peers', date: '2026-03-14', durationMin: 50, topics: 'Swap' });
    const report = await lib.call('patterns.report', { windowDays });
    expect(report.relationships.length).toBeGreaterThan(5);
    for (const finding of report.relationships) {
      const { collaboratorId, name } = { collaboratorId: finding.collaborator.id, name: finding.collaborator.name };
      const listed = await lib.call('patterns.forCollaborator', { collaboratorId, windowDays });
      expect(totals(finding), name).toEqual(totals(listed));
      expect(finding.evidence.refs, name).toEqual([]);
      expect(finding.learnerPath?.confidence ?? [], name).toEqual([]);
      expect(finding.months, name).toEqual([]);
      expect(finding.exchangeCount, name).toBe(listed.exchangeCount);
      expect(listed.exchangeCount > 0, name).toBe(weighed(listed.months));
      expect(finding.learnerPath?.sentence, name).toBe(listed.learnerPath?.sentence);
      expect(listed.evidence.refs.length, name).toBeGreaterThan(0);
      expect(await lib.call('patterns.evidence', { finding: 'relationship', collaboratorId, windowDays }), name).toEqual(listed.evidence);
    }
    for (const finding of report.portfolio) {
      expect((await lib.call('patterns.evidence', { finding: finding.kind, windowDays })).total, finding.kind).toBe(finding.evidence.total);
    }
  });

  it('a mentor’s path toward standing alone counts a feedback both in the path and in the ledger once', async () => {
    const mentor = await lib.call('collaborators.create', { name: 'Mira', roles: ['mentor'] });
    const collaboratorId = mentor.id;
    // Four lessons as learner (knowledge: left out of the balance), confidence rising, all practice done.
    for (const [index, date] of ['2026-01-05', '2026-01-20', '2026-02-05', '2026-02-20'].entries()) {
      const lesson = await lib.call('lessons.create', {
        collaboratorId, userRole: 'learner', date, durationMin: 30, topics: 'Voicing', confidence: index + 2, practice: [{ text: 'Drill' }],
      });
      await lib.call('practice.setDone', { id: lesson.practice[0]!.id, done: true, date });
    }
    // A critique received (perspective, weight 2: too little to weigh), applied: in the path's evidence and the balance's.
    const critique = await lib.call('feedback.create', { direction: 'received', collaboratorId, kind: 'critique', body: 'Less pedal', date: '2026-03-01' });
    await lib.call('feedback.setStatus', { id: critique.id, status: 'applied' });
    const listed = await lib.call('patterns.forCollaborator', { collaboratorId });
    expect(listed).toMatchObject({ stance: 'interdependent', basis: 'learner-path' });
    expect(listed.evidence.total).toBe(5);
    const report = await lib.call('patterns.report', {});
    expect(report.relationships.find((finding) => finding.collaborator.id === collaboratorId)?.evidence.total).toBe(5);
  });
});

describe('the window is the last N days counting today (DOMAIN.md), through every query that bounds by it', () => {
  let clock = new Date('2026-03-15T12:00:00Z');
  let lib: ReturnType<typeof tempLibrary>;
  beforeEach(() => {
    clock = new Date('2026-03-15T12:00:00Z');
    lib = tempLibrary({ now: () => clock });
  });
  afterEach(() => lib.cleanup());

  // Today 15 Mar 2026; 180 days: 17 Sep 2025 (179 days ago) to 15 Mar 2026, both partial months.
  // Each row is one mentor with, on the day: help received (1), feedback received (2, open), a
  // lesson as learner (knowledge, left out of the balance) and a pending request; `beside` adds help
  // given on other days of the same month, so the partial month is read both ways (see ledgerCells).
  it.each<{ name: string; day: string; inside: boolean; beside?: string[] }>([
    { name: 'today', day: '2026-03-15', inside: true },
    { name: 'today, beside earlier days of the month', day: '2026-03-15', inside: true, beside: ['2026-03-02', '2026-03-05', '2026-03-09'] },
    { name: 'the day 179 days ago (the first day)', day: '2025-09-17', inside: true },
    { name: 'the day 179 days ago, beside later days of the month', day: '2025-09-17', inside: true, beside: ['2025-09-20', '2025-09-25', '2025-09-30'] },
    { name: 'the day 180 days ago', day: '2025-09-16', inside: false },
    { name: 'the day 180 days ago, beside later days of the month', day: '2025-09-16', inside: false, beside: ['2025-09-20', '2025-09-25', '2025-09-30'] },
    { name: 'tomorrow (dated by a clock a day ahead)', day: '2026-03-16', inside: false },
    { name: 'tomorrow, beside earlier days of the month', day: '2026-03-16', inside: false, beside: ['2026-03-02', '2026-03-05', '2026-03-09'] },
  ])('$name: inside = $inside', async ({ day, inside, beside = [] }) => {
    const person = await lib.call('collaborators.create', { name: 'Mentor', roles: ['mentor'] });
    const collaboratorId = person.id;
    for (const date of beside) await lib.call('help.create', { collaboratorId, direction: 'given', benefit: 'growth', weight: 1, date });
    if (day > '2026-03-15') clock = new Date(`${day}T12:00:00Z`);
    await lib.call('help.create', { collaboratorId, direction: 'received', benefit: 'perspective', weight: 1, date: day });
    await lib.call('feedback.create', { direction: 'received', collaboratorId, kind: 'critique', body: 'Slower', date: day });
    await lib.call('lessons.create', { collaboratorId, userRole: 'learner', date: day, durationMin: 30, topics: 'Scales', confidence: 3 });
    await lib.call('requests.create', { askedBy: 'me', collaboratorId, what: 'A lift', dateAsked: day, outcome: 'pending' });
    clock = new Date('2026-03-15T12:00:00Z');

    const finding = await lib.call('patterns.forCollaborator', { collaboratorId });
    const report = await lib.call('patterns.report', {});
    expect(report.window).toMatchObject({ from: '2025-09-17', to: '2026-03-15', days: 180 });
    const n = inside ? 1 : 0;
    expect(finding).toMatchObject({ give: beside.length, receive: 3 * n });
    expect(finding.months.reduce((sum, month) => sum + month.received.knowledge, 0)).toBe(n);
    expect(finding.needs.pending).toBe(n);
    expect(finding.learnerPath?.lessons ?? 0).toBe(n);
    expect(finding.learnerPath?.feedback.open ?? 0).toBe(n);
    expect(finding.evidence.refs.filter((ref) => ref.date === day)).toHaveLength(2 * n);
    expect(report.relationships.map((entry) => entry.collaborator.id)).toEqual([collaboratorId]);
  });
});

describe('the learner path belongs to the role (DOMAIN.md): changing the role changes the judgement', () => {
  let lib: ReturnType<typeof tempLibrary>;
  beforeEach(() => {
    lib = tempLibrary({ now: () => NOW });
  });
  afterEach(() => lib.cleanup());

  it('lessons with a peer are ordinary knowledge; made a mentor, knowledge is left out and the path judged; back to peer, balance again', async () => {
    const person = await lib.call('collaborators.create', { name: 'Ines', roles: ['peer'] });
    const collaboratorId = person.id;
    // Four 30-minute lessons as learner (knowledge 1 each), confidence falling, no practice done.
    for (const [index, date] of ['2026-01-05', '2026-01-20', '2026-02-05', '2026-02-20'].entries()) {
      await lib.call('lessons.create', {
        collaboratorId, userRole: 'learner', date, durationMin: 30, topics: 'Mixing', confidence: [3, 3, 2, 2][index], practice: [{ text: 'Bounce a mix' }],
      });
    }
    for (const date of ['2026-01-10', '2026-02-10', '2026-03-10']) {
      await lib.call('help.create', { collaboratorId, direction: 'given', benefit: 'perspective', weight: 1, date });
      await lib.call('help.create', { collaboratorId, direction: 'received', benefit: 'perspective', weight: 1, date });
    }
    const judge = () => lib.call('patterns.forCollaborator', { collaboratorId });

    // Peer: 3 given against 3 + 4 received, share 0.30, the interval reaching into the band.
    expect(await judge()).toMatchObject({ stance: 'not-enough-data', basis: 'balance', leaning: 'taking', give: 3, receive: 7, excludedBenefits: [], learnerPath: null });
    await lib.call('collaborators.update', { id: collaboratorId, roles: ['mentor', 'peer'] });
    expect(await judge()).toMatchObject({ stance: 'dependent', basis: 'learner-path', give: 3, receive: 3, excludedBenefits: ['knowledge'] });
    await lib.call('collaborators.update', { id: collaboratorId, roles: ['peer'] });
    expect(await judge()).toMatchObject({ stance: 'not-enough-data', basis: 'balance', learnerPath: null });
  });
});

describe('going it alone needs shared active work in the window (DOMAIN.md)', () => {
  let lib: ReturnType<typeof tempLibrary>;
  beforeEach(() => {
    lib = tempLibrary({ now: () => NOW });
  });
  afterEach(() => lib.cleanup());

  // Today 15 Mar 2026; the window 17 Sep 2025 – 15 Mar 2026. Everyone goes back to 2025-01-10 (a
  // help before the window), so no one is too new to have gone quiet.
  type ProjectSpec = { status: 'idea' | 'active' | 'paused' | 'finished'; startDate?: string; endDate?: string; member?: boolean; archived?: boolean };
  it.each<{ name: string; roles: ('peer' | 'mentor' | 'critic')[]; project: ProjectSpec | null; exchangeOn?: string; stance: string }>([
    { name: 'both on an active project, nothing exchanged', roles: ['critic'], project: { status: 'active' }, stance: 'going-it-alone' },
    { name: 'a peer on an active project, nothing exchanged', roles: ['peer'], project: { status: 'active', startDate: '2025-06-01' }, stance: 'going-it-alone' },
    { name: 'a peer, no shared project', roles: ['peer'], project: null, stance: 'not-enough-data' },
    { name: 'a mentor, no shared project', roles: ['mentor'], project: null, stance: 'not-enough-data' },
    { name: 'an active project they are not on', roles: ['peer'], project: { status: 'active', member: false }, stance: 'not-enough-data' },
    { name: 'a shared project paused', roles: ['peer'], project: { status: 'paused' }, stance: 'not-enough-data' },
    { name: 'a shared project finished', roles: ['peer'], project: { status: 'finished' }, stance: 'not-enough-data' },
    { name: 'a shared project still an idea', roles: ['peer'], project: { status: 'idea' }, stance: 'not-enough-data' },
    { name: 'a shared active project, archived', roles: ['peer'], project: { status: 'active', archived: true }, stance: 'not-enough-data' },
    { name: 'active, but ended the day before the window', roles: ['peer'], project: { status: 'active', startDate: '2025-01-01', endDate: '2025-09-16' }, stance: 'not-enough-data' },
    { name: 'active, ending on the window’s first day', roles: ['peer'], project: { status: 'active', startDate: '2025-01-01', endDate: '2025-09-17' }, stance: 'going-it-alone' },
    { name: 'active, but starting tomorrow', roles: ['peer'], project: { status: 'active', startDate: '2026-03-16' }, stance: 'not-enough-data' },
    { name: 'active, starting today', roles: ['peer'], project: { status: 'active', startDate: '2026-03-15' }, stance: 'going-it-alone' },
    { name: 'both on an active project, an exchange today', roles: ['peer'], project: { status: 'active' }, exchangeOn: '2026-03-15', stance: 'not-enough-data' },
    { name: 'both on an active project, an exchange on the window’s first day', roles: ['peer'], project: { status: 'active' }, exchangeOn: '2025-09-17', stance: 'not-enough-data' },
    { name: 'both on an active project, the last exchange the day before the window', roles: ['peer'], project: { status: 'active' }, exchangeOn: '2025-09-16', stance: 'going-it-alone' },
  ])('$name: $stance', async ({ roles, project, exchangeOn, stance }) => {
    const person = await lib.call('collaborators.create', { name: 'Kai', roles });
    const collaboratorId = person.id;
    await lib.call('help.create', { collaboratorId, direction: 'given', benefit: 'growth', weight: 1, date: '2025-01-10' });
    if (exchangeOn) await lib.call('help.create', { collaboratorId, direction: 'received', benefit: 'growth', weight: 1, date: exchangeOn });
    if (project) {
      const created = await lib.call('projects.create', {
        title: 'Tape', medium: 'music', status: project.status, startDate: project.startDate ?? null, endDate: project.endDate ?? null,
      });
      if (project.member !== false) await lib.call('projects.addMember', { projectId: created.id, collaboratorId });
      if (project.archived) await lib.call('projects.archive', { id: created.id });
    }
    const report = await lib.call('patterns.report', {});
    const finding = report.relationships.find((entry) => entry.collaborator.id === collaboratorId);
    expect(finding?.stance).toBe(stance);
    expect(finding?.basis).toBe(stance === 'going-it-alone' ? 'no-exchange' : 'too-little-weight');
  });
});
