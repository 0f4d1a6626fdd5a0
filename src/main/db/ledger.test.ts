import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logLibrary, type LogLibrary } from '../testing/logFixtures';
import { feedbackRecordOf, updateFeedback } from './feedbackRepository';
import { lessonRecordOf, updateLesson } from './lessonRepository';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
});
afterEach(() => t.lib.cleanup());

interface LedgerRow {
  source: string;
  direction: string;
  benefit: string;
  weight: number;
  initiated_by: string;
  collaborator_id: string;
  project_id: string | null;
  date: string;
  deleted_at: string | null;
  updated_at: string;
}

const rowsOf = (sourceId: string) =>
  t.lib.db
    .prepare(
      `SELECT source, direction, benefit, weight, initiated_by, collaborator_id, project_id, date, deleted_at, updated_at
       FROM exchanges WHERE source_id = ? ORDER BY direction`,
    )
    .all(sourceId) as LedgerRow[];

/** Weight given and received with one person, as the patterns engine will sum it. */
const sumsWith = (collaboratorId: string) => {
  const rows = t.lib.db
    .prepare(
      `SELECT direction, sum(weight) AS total FROM exchanges
       WHERE collaborator_id = ? AND deleted_at IS NULL GROUP BY direction`,
    )
    .all(collaboratorId) as { direction: string; total: number }[];
  return {
    given: rows.find((row) => row.direction === 'given')?.total ?? 0,
    received: rows.find((row) => row.direction === 'received')?.total ?? 0,
  };
};

const feedbackInput = () => ({
  direction: 'received' as const,
  collaboratorId: t.sam.id,
  projectId: t.album.id,
  kind: 'technical' as const,
  body: 'Roll off below 40 Hz',
  date: '2026-03-03',
});

describe('feedback in the ledger', () => {
  it('is one exchange that follows every edit of its entry', async () => {
    const { id } = await t.lib.call('feedback.create', feedbackInput());
    expect(rowsOf(id)).toMatchObject([
      {
        source: 'feedback',
        direction: 'received',
        benefit: 'knowledge',
        weight: 2,
        initiated_by: 'them',
        collaborator_id: t.sam.id,
        project_id: t.album.id,
        date: '2026-03-03',
        deleted_at: null,
      },
    ]);

    await t.lib.call('feedback.update', { id, kind: 'encouragement' });
    expect(rowsOf(id)).toMatchObject([{ benefit: 'growth', weight: 2 }]);
    await t.lib.call('feedback.update', { id, kind: 'critique', date: '2026-03-02', projectId: null });
    expect(rowsOf(id)).toMatchObject([{ benefit: 'perspective', date: '2026-03-02', project_id: null }]);

    await t.lib.call('feedback.update', { id, benefitOverride: 'growth', weightOverride: 3 });
    expect(rowsOf(id)).toMatchObject([{ benefit: 'growth', weight: 3 }]);
    expect(await t.lib.call('feedback.get', { id })).toMatchObject({ benefit: 'growth', weight: 3, benefitOverride: 'growth' });
    await t.lib.call('feedback.update', { id, benefitOverride: null, weightOverride: null });
    expect(rowsOf(id)).toMatchObject([{ benefit: 'perspective', weight: 2 }]);

    await t.lib.call('feedback.update', { id, direction: 'given' });
    expect(rowsOf(id)).toMatchObject([{ direction: 'given', initiated_by: 'me' }]);
    expect(sumsWith(t.sam.id)).toEqual({ given: 2, received: 0 });

    await t.lib.call('feedback.update', { id, collaboratorId: t.lee.id });
    expect(sumsWith(t.sam.id)).toEqual({ given: 0, received: 0 });
    expect(sumsWith(t.lee.id)).toEqual({ given: 2, received: 0 });
    expect(t.count('exchanges')).toBe(1);
  });

  it('leaves the sums when deleted and returns when restored, never twice', async () => {
    const { id } = await t.lib.call('feedback.create', feedbackInput());
    await t.lib.call('feedback.create', { ...feedbackInput(), kind: 'critique', weightOverride: 1 });
    expect(sumsWith(t.sam.id)).toEqual({ given: 0, received: 3 });

    const deleted = await t.lib.call('feedback.delete', { id });
    expect(rowsOf(id)).toMatchObject([{ deleted_at: deleted.deletedAt }]);
    expect(sumsWith(t.sam.id)).toEqual({ given: 0, received: 1 });
    await t.lib.call('feedback.restore', { id });
    await t.lib.call('feedback.restore', { id });
    expect(rowsOf(id)).toMatchObject([{ deleted_at: null }]);
    expect(sumsWith(t.sam.id)).toEqual({ given: 0, received: 3 });
    expect(t.count('exchanges')).toBe(2);
  });

  it('is not touched by a refused edit', async () => {
    const { id } = await t.lib.call('feedback.create', feedbackInput());
    const before = rowsOf(id);
    await t.failure('feedback.update', { id, kind: 'encouragement', date: '2030-01-01' });
    expect(rowsOf(id)).toEqual(before);
  });
});

describe('lessons in the ledger', () => {
  it.each([
    [30, 1],
    [44, 1],
    [45, 2],
    [90, 2],
    [91, 3],
    [240, 3],
  ])('weighs a %i-minute lesson %i', async (durationMin, weight) => {
    const { id } = await t.lib.call('lessons.create', { collaboratorId: t.sam.id, topics: 'Timing', durationMin });
    expect(rowsOf(id)).toMatchObject([{ source: 'lesson', direction: 'received', benefit: 'knowledge', weight, initiated_by: 'me' }]);
  });

  it('gives a peers swap two rows and flips direction when the role changes', async () => {
    const { id } = await t.lib.call('lessons.create', { collaboratorId: t.lee.id, topics: 'Swap', userRole: 'peers', durationMin: 100 });
    expect(rowsOf(id)).toMatchObject([
      { direction: 'given', weight: 3, initiated_by: 'me' },
      { direction: 'received', weight: 3, initiated_by: 'me' },
    ]);
    expect(sumsWith(t.lee.id)).toEqual({ given: 3, received: 3 });

    await t.lib.call('lessons.update', { id, userRole: 'learner' });
    expect(rowsOf(id)).toMatchObject([{ direction: 'received', initiated_by: 'me' }]);
    await t.lib.call('lessons.update', { id, userRole: 'teacher' });
    expect(rowsOf(id)).toMatchObject([{ direction: 'given', initiated_by: 'them' }]);
    expect(sumsWith(t.lee.id)).toEqual({ given: 3, received: 0 });

    await t.lib.call('lessons.update', { id, userRole: 'peers', weightOverride: 1, benefitOverride: 'perspective', durationMin: 20 });
    expect(rowsOf(id)).toMatchObject([
      { direction: 'given', weight: 1, benefit: 'perspective' },
      { direction: 'received', weight: 1, benefit: 'perspective' },
    ]);
    await t.lib.call('lessons.delete', { id });
    expect(rowsOf(id).every((row) => row.deleted_at !== null)).toBe(true);
    expect(sumsWith(t.lee.id)).toEqual({ given: 0, received: 0 });
    await t.lib.call('lessons.restore', { id });
    expect(sumsWith(t.lee.id)).toEqual({ given: 1, received: 1 });
  });

  it('keeps practice edits out of the ledger', async () => {
    const lesson = await t.lib.call('lessons.create', { collaboratorId: t.sam.id, topics: 'Scales', practice: [{ text: 'C major' }] });
    const before = rowsOf(lesson.id);
    await t.lib.call('practice.setDone', { id: lesson.practice[0]?.id ?? '', done: true });
    expect(rowsOf(lesson.id)).toEqual(before);
  });
});

describe('the repository write', () => {
  const later = '2030-01-01T00:00:00.000Z';

  it('does not rewrite an exchange that is already in step, and leaves help alone', async () => {
    const feedback = await t.lib.call('feedback.create', feedbackInput());
    const lesson = await t.lib.call('lessons.create', { collaboratorId: t.sam.id, topics: 'Scales', userRole: 'peers' });
    const help = await t.lib.call('help.create', { direction: 'given', collaboratorId: t.sam.id, benefit: 'growth' });
    const before = t.lib.db.prepare('SELECT * FROM exchanges ORDER BY id').all();
    updateFeedback(t.lib.db, feedback.id, feedbackRecordOf(feedback), later);
    updateLesson(t.lib.db, lesson.id, lessonRecordOf(lesson), later);
    // A feedback write under the help row's id finds no feedback and must not touch the help.
    updateFeedback(t.lib.db, help.id, feedbackRecordOf(feedback), later);
    expect(t.lib.db.prepare('SELECT * FROM exchanges ORDER BY id').all()).toEqual(before);
  });

  it('removes the rows of a source that no longer exists', async () => {
    const feedback = await t.lib.call('feedback.create', feedbackInput());
    t.lib.db.prepare('DELETE FROM feedback WHERE id = ?').run(feedback.id);
    updateFeedback(t.lib.db, feedback.id, feedbackRecordOf(feedback), later);
    expect(rowsOf(feedback.id)).toEqual([]);
  });
});

// What the ledger must hold, written out independently of src/shared/ledgerRules.ts.
const KIND_BENEFIT = { technical: 'knowledge', critique: 'perspective', perspective: 'perspective', encouragement: 'growth' } as const;
const durationWeight = (minutes: number) => (minutes < 45 ? 1 : minutes <= 90 ? 2 : 3);

interface FeedbackSource {
  id: string;
  direction: string;
  kind: keyof typeof KIND_BENEFIT;
  collaborator_id: string;
  date: string;
  deleted_at: string | null;
  benefit_override: string | null;
  weight_override: number | null;
}

interface LessonSource {
  id: string;
  user_role: 'learner' | 'teacher' | 'peers';
  duration_min: number;
  collaborator_id: string;
  date: string;
  deleted_at: string | null;
  benefit_override: string | null;
  weight_override: number | null;
}

function expectedLedger(db: LogLibrary['lib']['db']) {
  const feedback = db.prepare('SELECT * FROM feedback').all() as FeedbackSource[];
  const lessons = db.prepare('SELECT * FROM lessons').all() as LessonSource[];
  const rows: string[] = [];
  for (const f of feedback) {
    const benefit = f.benefit_override ?? KIND_BENEFIT[f.kind];
    const initiated = f.direction === 'given' ? 'me' : 'them';
    rows.push([f.id, f.direction, benefit, f.weight_override ?? 2, initiated, f.collaborator_id, f.date, f.deleted_at].join('|'));
  }
  for (const s of lessons) {
    const benefit = s.benefit_override ?? 'knowledge';
    const weight = s.weight_override ?? durationWeight(s.duration_min);
    const directions = s.user_role === 'peers' ? ['given', 'received'] : [s.user_role === 'learner' ? 'received' : 'given'];
    const initiated = s.user_role === 'teacher' ? 'them' : 'me';
    for (const direction of directions) {
      rows.push([s.id, direction, benefit, weight, initiated, s.collaborator_id, s.date, s.deleted_at].join('|'));
    }
  }
  return rows.sort();
}

const actualLedger = (db: LogLibrary['lib']['db']) =>
  (
    db
      .prepare(
        `SELECT source_id, direction, benefit, weight, initiated_by, collaborator_id, date, deleted_at
         FROM exchanges WHERE source <> 'help'`,
      )
      .raw()
      .all() as unknown[][]
  )
    .map((row) => row.join('|'))
    .sort();

describe('the ledger under any sequence of edits', () => {
  const who = fc.constantFrom('sam', 'lee');
  const kind = fc.constantFrom('technical', 'critique', 'encouragement', 'perspective');
  const role = fc.constantFrom('learner', 'teacher', 'peers');
  const minutes = fc.integer({ min: 1, max: 200 });
  const operation = fc.oneof(
    fc.record({ op: fc.constant('feedback' as const), who, kind, given: fc.boolean() }),
    fc.record({ op: fc.constant('lesson' as const), who, role, minutes }),
    fc.record({ op: fc.constant('edit' as const), pick: fc.nat(), who, weight: fc.constantFrom(null, 1, 2, 3), minutes, role }),
    fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
    fc.record({ op: fc.constant('restore' as const), pick: fc.nat() }),
  );

  it('always holds exactly the rows its entries imply', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 14 }), async (operations) => {
        t.lib.db.exec('DELETE FROM exchanges; DELETE FROM practice_items; DELETE FROM lessons; DELETE FROM feedback;');
        const entries: { type: 'feedback' | 'lesson'; id: string }[] = [];
        const person = (name: 'sam' | 'lee') => (name === 'sam' ? t.sam.id : t.lee.id);
        for (const step of operations) {
          if (step.op === 'feedback') {
            const { id } = await t.lib.call('feedback.create', {
              direction: step.given ? 'given' : 'received',
              collaboratorId: person(step.who),
              kind: step.kind,
              body: 'x',
            });
            entries.push({ type: 'feedback', id });
          } else if (step.op === 'lesson') {
            const { id } = await t.lib.call('lessons.create', {
              collaboratorId: person(step.who),
              topics: 'x',
              userRole: step.role,
              durationMin: step.minutes,
            });
            entries.push({ type: 'lesson', id });
          } else {
            const entry = entries[step.pick % Math.max(entries.length, 1)];
            if (!entry) continue;
            const area = entry.type === 'feedback' ? 'feedback' : 'lessons';
            if (step.op === 'delete') {
              await t.lib.call(`${area}.delete`, { id: entry.id });
            } else if (step.op === 'restore') {
              await t.lib.call(`${area}.restore`, { id: entry.id });
            } else if (entry.type === 'feedback') {
              // A deleted entry refuses edits; the ledger must be right either way.
              await t.lib.raw('feedback.update', { id: entry.id, collaboratorId: person(step.who), weightOverride: step.weight });
            } else {
              await t.lib.raw('lessons.update', {
                id: entry.id,
                collaboratorId: person(step.who),
                userRole: step.role,
                durationMin: step.minutes,
                weightOverride: step.weight,
              });
            }
          }
        }
        expect(actualLedger(t.lib.db)).toEqual(expectedLedger(t.lib.db));
      }),
      { numRuns: 40 },
    );
  });
});
