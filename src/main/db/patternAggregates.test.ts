import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalysisInput, CollaboratorAggregate } from '../analysis/input';
import { tempLibrary } from '../testing/tempLibrary';
import { splitWindow } from './exchangeMonths';
import { loadAnalysisInput } from './patternAggregates';

const NOW = new Date('2026-03-20T12:00:00Z');
/** Partial January (from the 10th), whole February, partial March (to the 20th). */
const WINDOW = { from: '2026-01-10', to: '2026-03-20' };

describe('splitWindow: whole months from the rollup, partial months day by day', () => {
  const part = (month: string, inside: [string, string], ...outside: [string, string][]) => ({
    month,
    inside: { from: inside[0], to: inside[1] },
    outside: outside.map(([from, to]) => ({ from, to })),
  });
  it.each([
    [
      { from: '2026-01-10', to: '2026-03-20' },
      { from: '2026-02', to: '2026-02' },
      [part('2026-01', ['2026-01-10', '2026-01-31'], ['2026-01-01', '2026-01-09']), part('2026-03', ['2026-03-01', '2026-03-20'], ['2026-03-21', '2026-03-31'])],
    ],
    [{ from: '2026-01-01', to: '2026-03-31' }, { from: '2026-01', to: '2026-03' }, []],
    [{ from: '2026-01-01', to: '2026-03-30' }, { from: '2026-01', to: '2026-02' }, [part('2026-03', ['2026-03-01', '2026-03-30'], ['2026-03-31', '2026-03-31'])]],
    [{ from: '2024-02-01', to: '2024-02-29' }, { from: '2024-02', to: '2024-02' }, []],
    [{ from: '2024-02-02', to: '2024-02-28' }, null, [part('2024-02', ['2024-02-02', '2024-02-28'], ['2024-02-01', '2024-02-01'], ['2024-02-29', '2024-02-29'])]],
    [
      { from: '2026-01-15', to: '2026-02-10' },
      null,
      [part('2026-01', ['2026-01-15', '2026-01-31'], ['2026-01-01', '2026-01-14']), part('2026-02', ['2026-02-01', '2026-02-10'], ['2026-02-11', '2026-02-28'])],
    ],
    [{ from: '2025-12-05', to: '2026-01-31' }, { from: '2026-01', to: '2026-01' }, [part('2025-12', ['2025-12-05', '2025-12-31'], ['2025-12-01', '2025-12-04'])]],
  ])('%o → whole %o, partial %o', (window, wholeMonths, partialMonths) => {
    expect(splitWindow(window)).toEqual({ wholeMonths, partialMonths });
  });
});

describe('loadAnalysisInput on a small hand-made log', () => {
  let lib: ReturnType<typeof tempLibrary>;
  beforeEach(() => {
    lib = tempLibrary({ now: () => NOW });
  });
  afterEach(() => lib.cleanup());

  /** The log of the test: every row says whether it counts, and why. */
  async function handMadeLog() {
    const sam = await lib.call('collaborators.create', { name: 'Sam', roles: ['mentor'] });
    const lee = await lib.call('collaborators.create', { name: 'Lee', roles: ['peer', 'critic'] });
    const ada = await lib.call('collaborators.create', { name: 'Ada' });
    const bo = await lib.call('collaborators.create', { name: 'Bo', kind: 'group' });
    const cy = await lib.call('collaborators.create', { name: 'Cy', roles: ['critic'] });
    const album = await lib.call('projects.create', { title: 'Album', medium: 'music', status: 'active', startDate: '2025-12-01' });
    const fresh = await lib.call('projects.create', { title: 'Fresh', medium: 'film', status: 'active' });
    const old = await lib.call('projects.create', { title: 'Old', medium: 'music', status: 'finished' });
    for (const [project, person] of [[album, sam], [album, lee], [old, lee]] as const) {
      await lib.call('projects.addMember', { projectId: project.id, collaboratorId: person.id });
    }
    const help = (collaboratorId: string, direction: 'given' | 'received', benefit: 'knowledge' | 'perspective' | 'growth', weight: 1 | 2 | 3, date: string, projectId: string | null = null) =>
      lib.call('help.create', { collaboratorId, direction, benefit, weight, date, projectId });

    await help(lee.id, 'given', 'knowledge', 3, '2026-01-09'); // the day before the window: left out
    const first = await help(lee.id, 'given', 'knowledge', 3, '2026-01-10'); // the window's first day
    const declined = await lib.call('feedback.create', {
      direction: 'received', collaboratorId: lee.id, projectId: album.id, kind: 'critique', body: 'Shorter intro', date: '2026-01-31',
      status: 'declined', statusDate: '2026-02-01', declineReason: 'I like it long',
    });
    const given = await lib.call('feedback.create', { direction: 'given', collaboratorId: lee.id, kind: 'technical', body: 'Bar 12', date: '2026-02-14' });
    const growth = await help(lee.id, 'received', 'growth', 1, '2026-02-28', album.id);
    const peers = await lib.call('lessons.create', { collaboratorId: lee.id, projectId: album.id, userRole: 'peers', date: '2026-03-20', durationMin: 100, topics: 'Swap' });
    const deleted = await help(lee.id, 'received', 'perspective', 2, '2026-03-05', album.id);
    await lib.call('help.delete', { id: deleted.id });

    await lib.call('lessons.create', { collaboratorId: sam.id, userRole: 'learner', date: '2026-01-05', durationMin: 60, topics: 'Before', confidence: 1 });
    const lesson = await lib.call('lessons.create', {
      collaboratorId: sam.id, projectId: album.id, userRole: 'learner', date: '2026-02-02', durationMin: 60, topics: 'Voicings', confidence: 2,
      practice: [{ text: 'Scales' }, { text: 'Arpeggios' }, { text: 'Song' }],
    });
    await lib.call('practice.setDone', { id: lesson.practice[0]!.id, done: true, date: '2026-02-05' });
    await lib.call('practice.setDone', { id: lesson.practice[2]!.id, done: true, date: '2026-02-09' });
    const short = await lib.call('lessons.create', { collaboratorId: sam.id, projectId: album.id, userRole: 'learner', date: '2026-03-10', durationMin: 30, topics: 'Pedalling' });
    const open = await lib.call('feedback.create', { direction: 'received', collaboratorId: sam.id, kind: 'encouragement', body: 'Lovely', date: '2026-03-01' });

    const request = (askedBy: 'me' | 'them', dateAsked: string, outcome: 'met' | 'partly-met' | 'declined' | 'ignored' | 'pending') =>
      lib.call('requests.create', { askedBy, collaboratorId: sam.id, what: 'Something', dateAsked, outcome, ...(outcome === 'pending' ? {} : { dateResolved: '2026-03-19' }) });
    await request('me', '2026-01-09', 'met'); // asked before the window
    const met = await request('me', '2026-01-15', 'met');
    const partly = await request('me', '2026-02-01', 'partly-met');
    const theirs = await request('them', '2026-02-20', 'declined');
    const pending = await request('me', '2026-03-18', 'pending');
    const gone = await request('them', '2026-02-10', 'ignored');
    await lib.call('requests.delete', { id: gone.id });

    const adaHelp = await help(ada.id, 'received', 'perspective', 2, '2026-02-10');
    await lib.call('collaborators.archive', { id: ada.id }); // archived, but with exchanges in the window
    await help(bo.id, 'given', 'growth', 2, '2025-12-01');
    await lib.call('collaborators.archive', { id: bo.id }); // archived, nothing in the window: left out

    return { sam, lee, ada, bo, cy, album, fresh, first, declined, given, growth, peers, lesson, short, open, met, partly, theirs, pending, adaHelp };
  }

  it('sums and counts only live rows dated inside the window, per person, with the entries behind them', async () => {
    const log = await handMadeLog();
    const input = loadAnalysisInput(lib.db, WINDOW);
    const noNeeds = { met: 0, partlyMet: 0, declined: 0, ignored: 0, pending: 0 };
    const noFeedback = { counts: { applied: 0, partlyApplied: 0, declined: 0, discussed: 0, open: 0 }, refs: [] };
    const person = (fields: Partial<CollaboratorAggregate> & Pick<CollaboratorAggregate, 'id' | 'name'>): CollaboratorAggregate => ({
      roles: [],
      isGroup: false,
      activeSharedProjectIds: [],
      months: [],
      exchanges: [],
      needs: { yours: noNeeds, theirs: noNeeds, refs: [] },
      learnerLessons: { count: 0, rated: 0, confidenceSum: 0, confidencePositionSum: 0, practiceTotal: 0, practiceDone: 0, newest: [] },
      receivedFeedback: noFeedback,
      ...fields,
    });
    const expected: AnalysisInput = {
      window: WINDOW,
      collaborators: [
        person({
          id: log.ada.id,
          name: 'Ada',
          knownSince: '2026-02-10', // added on the 20th of March, with help back-filled to February
          months: [{ month: '2026-02', direction: 'received', benefit: 'perspective', weight: 2, count: 1 }],
          exchanges: [{ type: 'help', id: log.adaHelp.id, date: '2026-02-10', direction: 'received', benefit: 'perspective', weight: 2 }],
        }),
        person({ id: log.cy.id, name: 'Cy', roles: ['critic'], knownSince: '2026-03-20' }),
        person({
          id: log.lee.id,
          name: 'Lee',
          knownSince: '2026-01-09', // the help before the window counts: that is how far back they go
          roles: ['critic', 'peer'],
          activeSharedProjectIds: [log.album.id],
          months: [
            { month: '2026-02', direction: 'given', benefit: 'knowledge', weight: 2, count: 1 },
            { month: '2026-02', direction: 'received', benefit: 'growth', weight: 1, count: 1 },
            { month: '2026-01', direction: 'given', benefit: 'knowledge', weight: 3, count: 1 },
            { month: '2026-01', direction: 'received', benefit: 'perspective', weight: 2, count: 1 },
            { month: '2026-03', direction: 'given', benefit: 'knowledge', weight: 3, count: 1 },
            { month: '2026-03', direction: 'received', benefit: 'knowledge', weight: 3, count: 1 },
          ],
          exchanges: [
            { type: 'lesson', id: log.peers.id, date: '2026-03-20', direction: 'received', benefit: 'knowledge', weight: 3 },
            { type: 'lesson', id: log.peers.id, date: '2026-03-20', direction: 'given', benefit: 'knowledge', weight: 3 },
            { type: 'help', id: log.growth.id, date: '2026-02-28', direction: 'received', benefit: 'growth', weight: 1 },
            { type: 'feedback', id: log.given.id, date: '2026-02-14', direction: 'given', benefit: 'knowledge', weight: 2 },
            { type: 'feedback', id: log.declined.id, date: '2026-01-31', direction: 'received', benefit: 'perspective', weight: 2 },
            { type: 'help', id: log.first.id, date: '2026-01-10', direction: 'given', benefit: 'knowledge', weight: 3 },
          ],
          receivedFeedback: {
            counts: { applied: 0, partlyApplied: 0, declined: 1, discussed: 0, open: 0 },
            refs: [{ id: log.declined.id, date: '2026-01-31', status: 'declined' }],
          },
        }),
        person({
          id: log.sam.id,
          name: 'Sam',
          knownSince: '2026-01-05',
          roles: ['mentor'],
          activeSharedProjectIds: [log.album.id],
          months: [
            { month: '2026-02', direction: 'received', benefit: 'knowledge', weight: 2, count: 1 },
            { month: '2026-03', direction: 'received', benefit: 'growth', weight: 2, count: 1 },
            { month: '2026-03', direction: 'received', benefit: 'knowledge', weight: 1, count: 1 },
          ],
          exchanges: [
            { type: 'lesson', id: log.short.id, date: '2026-03-10', direction: 'received', benefit: 'knowledge', weight: 1 },
            { type: 'feedback', id: log.open.id, date: '2026-03-01', direction: 'received', benefit: 'growth', weight: 2 },
            { type: 'lesson', id: log.lesson.id, date: '2026-02-02', direction: 'received', benefit: 'knowledge', weight: 2 },
          ],
          needs: {
            yours: { met: 1, partlyMet: 1, declined: 0, ignored: 0, pending: 1 },
            theirs: { met: 0, partlyMet: 0, declined: 1, ignored: 0, pending: 0 },
            refs: [
              { id: log.pending.id, date: '2026-03-18', askedBy: 'me' },
              { id: log.theirs.id, date: '2026-02-20', askedBy: 'them' },
              { id: log.partly.id, date: '2026-02-01', askedBy: 'me' },
              { id: log.met.id, date: '2026-01-15', askedBy: 'me' },
            ],
          },
          learnerLessons: {
            count: 2,
            rated: 1,
            confidenceSum: 2,
            confidencePositionSum: 0,
            practiceTotal: 3,
            practiceDone: 2,
            newest: [
              { id: log.lesson.id, date: '2026-02-02', confidence: 2 },
              { id: log.short.id, date: '2026-03-10', confidence: null },
            ],
          },
          receivedFeedback: {
            counts: { applied: 0, partlyApplied: 0, declined: 0, discussed: 0, open: 1 },
            refs: [{ id: log.open.id, date: '2026-03-01', status: 'open' }],
          },
        }),
      ],
      activeProjects: [
        // Input received: the declined critique, the lessons as learner, the growth help; not the peers' swap, not the deleted help.
        { id: log.album.id, title: 'Album', startDate: '2025-12-01', endDate: null, inputDays: ['2026-01-31', '2026-02-02', '2026-02-28', '2026-03-10'] },
        // No start date: counted from the day it was created.
        { id: log.fresh.id, title: 'Fresh', startDate: '2026-03-20', endDate: null, inputDays: [] },
      ],
    };
    const sortCells = (value: AnalysisInput) => ({
      ...value,
      collaborators: value.collaborators.map((entry) => ({
        ...entry,
        months: [...entry.months].sort((a, b) => `${a.month}${a.direction}${a.benefit}`.localeCompare(`${b.month}${b.direction}${b.benefit}`)),
      })),
    });
    expect(sortCells(input)).toEqual(sortCells(expected));
  });

  it('caps the entries listed per person but keeps every count', async () => {
    const log = await handMadeLog();
    const lee = loadAnalysisInput(lib.db, WINDOW, { refLimit: 2 }).collaborators.find((entry) => entry.id === log.lee.id);
    expect(lee?.exchanges.map((entry) => `${entry.type}:${entry.direction}`)).toEqual(['lesson:received', 'lesson:given']);
    expect(lee?.months.reduce((sum, cell) => sum + cell.count, 0)).toBe(6);
  });

  it('reads the people asked for, archived or not, and no projects, for a single relationship', async () => {
    const log = await handMadeLog();
    const input = loadAnalysisInput(lib.db, WINDOW, { collaboratorIds: [log.bo.id, log.lee.id] });
    expect(input.collaborators.map((entry) => entry.name)).toEqual(['Bo', 'Lee']);
    expect(input.collaborators[0]).toMatchObject({ isGroup: true, months: [], exchanges: [] });
    expect(input.activeProjects).toEqual([]);
  });

  it('gives the same sums through the rollup as straight from the ledger, for windows cut at any day', async () => {
    const log = await handMadeLog();
    const direct = (window: { from: string; to: string }) =>
      lib.db
        .prepare(
          `SELECT collaborator_id AS id, substr(date, 1, 7) AS month, direction, benefit, sum(weight) AS weight, count(*) AS count
           FROM exchanges WHERE deleted_at IS NULL AND date BETWEEN ? AND ? GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
        )
        .all(window.from, window.to);
    // Partial months read both ways: the days inside (a window starting late in a month) and the
    // whole month less the days outside (starting early in a month, or ending after the last entry).
    for (const window of [
      { from: '2025-11-15', to: '2026-03-20' },
      { from: '2026-01-01', to: '2026-02-28' },
      { from: '2026-01-11', to: '2026-01-31' },
      { from: '2026-01-03', to: '2026-03-25' },
      { from: '2026-01-28', to: '2026-03-02' },
      { from: '2026-02-14', to: '2026-03-19' },
      { from: '2026-01-10', to: '2026-01-10' },
      { from: '2026-01-09', to: '2026-01-09' },
    ]) {
      const viaRollup = loadAnalysisInput(lib.db, window, { collaboratorIds: [log.lee.id, log.sam.id, log.ada.id, log.bo.id] })
        .collaborators.flatMap((entry) => entry.months.map((cell) => ({ id: entry.id, ...cell })))
        .sort((a, b) => `${a.id}${a.month}${a.direction}${a.benefit}`.localeCompare(`${b.id}${b.month}${b.direction}${b.benefit}`));
      expect(viaRollup, JSON.stringify(window)).toEqual(direct(window));
    }
  });
});
