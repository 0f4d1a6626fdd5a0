import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../shared/entities/timeline';
import { MISSING_ID, logLibrary, type LogLibrary } from '../testing/logFixtures';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
});
afterEach(() => t.lib.cleanup());

async function samAndLee() {
  const feedback = await t.lib.call('feedback.create', {
    direction: 'received',
    collaboratorId: t.sam.id,
    projectId: t.album.id,
    piece: 'Mix v3',
    anchor: '1:23–1:40',
    kind: 'critique',
    body: 'The bass swallows the kick.',
    date: '2026-03-10',
  });
  await t.lib.call('feedback.setStatus', { id: feedback.id, status: 'applied', date: '2026-03-11' });
  const lesson = await t.lib.call('lessons.create', {
    collaboratorId: t.sam.id,
    topics: 'Compression',
    date: '2026-03-08',
    durationMin: 45,
    confidence: 3,
  });
  const help = await t.lib.call('help.create', {
    direction: 'given',
    collaboratorId: t.sam.id,
    benefit: 'knowledge',
    weight: 1,
    note: 'Showed Sam my tape delay trick',
    date: '2026-03-05',
  });
  const request = await t.lib.call('requests.create', {
    askedBy: 'me',
    collaboratorId: t.sam.id,
    what: 'Listen to the final master',
    dateAsked: '2026-03-01',
    outcome: 'declined',
    dateResolved: '2026-03-02',
  });
  const swap = await t.lib.call('lessons.create', {
    collaboratorId: t.lee.id,
    projectId: t.album.id,
    userRole: 'peers',
    topics: 'Swapping: my mixing for Lee’s drawing',
    date: '2026-03-09',
  });
  return { feedback, lesson, help, request, swap };
}

describe('timeline.forCollaborator', () => {
  it('interleaves every kind of entry newest first, each with the facts its row is worded from', async () => {
    const { feedback, lesson, help, request } = await samAndLee();
    const page = await t.lib.call('timeline.forCollaborator', { collaboratorId: t.sam.id });
    expect(page.items.map((entry) => [entry.type, entry.id])).toEqual([
      ['feedback', feedback.id],
      ['lesson', lesson.id],
      ['help', help.id],
      ['request', request.id],
    ]);
    // The words these rows show are src/renderer/src/components/timeline/timelineWords.test.ts's.
    expect(page.items).toEqual([
      expect.objectContaining({
        summary: 'The bass swallows the kick.',
        direction: 'received',
        kind: 'critique',
        piece: 'Mix v3',
        anchor: { kind: 'time', startSec: 83, endSec: 100 },
        status: 'applied',
      }),
      expect.objectContaining({ summary: 'Compression', direction: 'received', userRole: 'learner', durationMin: 45, confidence: 3 }),
      expect.objectContaining({
        summary: 'Showed Sam my tape delay trick',
        direction: 'given',
        benefit: 'knowledge',
        weight: 1,
        initiatedBy: 'me',
      }),
      expect.objectContaining({
        summary: 'Listen to the final master',
        direction: 'received',
        askedBy: 'me',
        outcome: 'declined',
        dateResolved: '2026-03-02',
        note: '',
      }),
    ]);
    expect(page.items[0]).toMatchObject({
      collaboratorName: 'Sam',
      projectTitle: 'Night Album',
      status: 'applied',
      href: `/feedback/${feedback.id}`,
    });
    expect(page.items.map((entry) => entry.href)).toEqual([
      `/feedback/${feedback.id}`,
      `/lessons/${lesson.id}`,
      `/help/${help.id}`,
      `/requests/${request.id}`,
    ]);
    expect(page.counts).toEqual({ feedback: 1, lesson: 1, help: 1, request: 1, total: 4 });
    expect(page.nextCursor).toBeNull();
  });

  it('filters by type and direction; a peers swap counts both ways', async () => {
    const { feedback, help, request, swap } = await samAndLee();
    const some = await t.lib.call('timeline.forCollaborator', { collaboratorId: t.sam.id, types: ['request', 'feedback'] });
    expect(some.items.map((entry) => entry.id)).toEqual([feedback.id, request.id]);
    expect(some.counts.total).toBe(4);

    const given = await t.lib.call('timeline.forCollaborator', { collaboratorId: t.sam.id, direction: 'given' });
    expect(given.items.map((entry) => entry.id)).toEqual([help.id]);
    expect(given.counts).toEqual({ feedback: 0, lesson: 0, help: 1, request: 0, total: 1 });

    for (const direction of ['given', 'received'] as const) {
      const lee = await t.lib.call('timeline.forCollaborator', { collaboratorId: t.lee.id, direction });
      expect(lee.items).toEqual([expect.objectContaining({ id: swap.id, direction: 'mutual', userRole: 'peers', durationMin: 60 })]);
    }
  });

  it('leaves out deleted entries and derived ledger rows', async () => {
    const { feedback, lesson } = await samAndLee();
    await t.lib.call('feedback.delete', { id: feedback.id });
    const page = await t.lib.call('timeline.forCollaborator', { collaboratorId: t.sam.id });
    expect(page.items.map((entry) => entry.type)).toEqual(['lesson', 'help', 'request']);
    expect(page.items.map((entry) => entry.id)).not.toContain(feedback.id);
    expect(page.items.filter((entry) => entry.id === lesson.id)).toHaveLength(1);
    expect(page.counts.feedback).toBe(0);
  });

  it('refuses unknown people, empty type lists and foreign cursors', async () => {
    expect((await t.failure('timeline.forCollaborator', { collaboratorId: MISSING_ID })).code).toBe('NOT_FOUND');
    expect((await t.failure('timeline.forCollaborator', { collaboratorId: t.sam.id, types: [] })).message).toBe(
      'types: Choose at least one kind of entry',
    );
    expect((await t.failure('timeline.forCollaborator', { collaboratorId: t.sam.id, types: ['help', 'help'] })).code).toBe(
      'VALIDATION',
    );
    expect((await t.failure('timeline.forCollaborator', { collaboratorId: t.sam.id, cursor: 'xyz' })).code).toBe('VALIDATION');
    expect((await t.failure('timeline.forCollaborator', { collaboratorId: t.sam.id, offset: 3 })).code).toBe('VALIDATION');
  });
});

describe('timeline.forProject', () => {
  it('shows everything on the project from every person', async () => {
    const { feedback, swap } = await samAndLee();
    const page = await t.lib.call('timeline.forProject', { projectId: t.album.id });
    expect(page.items.map((entry) => [entry.id, entry.collaboratorName])).toEqual([
      [feedback.id, 'Sam'],
      [swap.id, 'Lee'],
    ]);
    expect(page.counts).toEqual({ feedback: 1, lesson: 1, help: 0, request: 0, total: 2 });
    expect((await t.failure('timeline.forProject', { projectId: MISSING_ID })).code).toBe('NOT_FOUND');
  });
});

describe('timeline paging', () => {
  // Plain code-unit comparison, as SQLite's BINARY collation orders the keys.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const newestFirst = (a: TimelineEntry, b: TimelineEntry) =>
    compare(b.date, a.date) || compare(b.createdAt, a.createdAt) || compare(b.id, a.id);

  async function pageThrough(input: { collaboratorId: string; limit: number; direction?: 'given' | 'received' }) {
    const seen: TimelineEntry[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 1000; pages += 1) {
      const page = await t.lib.call('timeline.forCollaborator', { ...input, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items);
      if (!page.nextCursor) return seen;
      cursor = page.nextCursor;
    }
    throw new Error('paging did not end');
  }

  it('returns each entry exactly once across pages, in order, even when dates and timestamps tie', async () => {
    // Every write shares one clock tick, so only the id breaks ties within a day.
    t.lib.cleanup();
    t = await logLibrary({ frozenClock: true });
    const dates = ['2026-03-01', '2026-03-02', '2026-03-03'];
    for (let i = 0; i < 12; i += 1) {
      const date = dates[i % dates.length] ?? '2026-03-01';
      const direction = i % 2 ? 'given' : 'received';
      await t.lib.call('feedback.create', { direction, collaboratorId: t.sam.id, kind: 'technical', body: `f${i}`, date });
      await t.lib.call('lessons.create', { collaboratorId: t.sam.id, topics: `l${i}`, date, userRole: i % 3 ? 'learner' : 'peers' });
      await t.lib.call('help.create', { direction: 'received', collaboratorId: t.sam.id, benefit: 'growth', date });
      await t.lib.call('requests.create', { askedBy: i % 2 ? 'me' : 'them', collaboratorId: t.sam.id, what: `n${i}`, dateAsked: date });
    }
    const everything = (await t.lib.call('timeline.forCollaborator', { collaboratorId: t.sam.id, limit: 200 })).items;
    expect(everything).toHaveLength(48);
    expect(everything).toEqual([...everything].sort(newestFirst));

    for (const limit of [1, 5, 7, 48]) {
      const paged = await pageThrough({ collaboratorId: t.sam.id, limit });
      expect(paged.map((entry) => entry.id)).toEqual(everything.map((entry) => entry.id));
    }
    const received = await pageThrough({ collaboratorId: t.sam.id, limit: 5, direction: 'received' });
    const expected = everything.filter((entry) => entry.direction !== 'given');
    expect(received.map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));
  });

  it('pages through 10,000 entries of one person without a gap or a repeat', async () => {
    const insert = t.lib.db.prepare(
      `INSERT INTO feedback (id, direction, collaborator_id, kind, body, date, created_at, updated_at)
       VALUES (?, 'received', ?, 'critique', 'bulk', ?, ?, ?)`,
    );
    t.lib.db.transaction(() => {
      for (let i = 0; i < 10_000; i += 1) {
        const date = new Date(Date.UTC(2020, 0, 1) + (i % 1500) * 86_400_000).toISOString().slice(0, 10);
        const at = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
        insert.run(randomUUID(), t.sam.id, date, at, at);
      }
    })();
    const paged = await pageThrough({ collaboratorId: t.sam.id, limit: 200 });
    expect(paged).toHaveLength(10_000);
    expect(new Set(paged.map((entry) => entry.id)).size).toBe(10_000);
    expect(paged).toEqual([...paged].sort(newestFirst));
    const counts = (await t.lib.call('timeline.forCollaborator', { collaboratorId: t.sam.id, limit: 1 })).counts;
    expect(counts).toEqual({ feedback: 10_000, lesson: 0, help: 0, request: 0, total: 10_000 });
  });
});
