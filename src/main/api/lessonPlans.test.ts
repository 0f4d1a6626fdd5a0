import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiErrorValue } from '../../shared/result';
import { tempLibrary } from '../testing/tempLibrary';

/** A library whose clock the test moves: planning happens before the day, the answer after it. */
let now = new Date('2026-03-15T12:00:00Z');
let lib: ReturnType<typeof tempLibrary>;
let sam: { id: string };
let lee: { id: string };
beforeEach(async () => {
  now = new Date('2026-03-15T12:00:00Z');
  lib = tempLibrary({ now: () => now });
  sam = await lib.call('collaborators.create', { name: 'Sam', roles: ['mentor'] });
  lee = await lib.call('collaborators.create', { name: 'Lee', roles: ['peer'] });
});
afterEach(() => lib.cleanup());

const moveClockTo = (day: string) => {
  now = new Date(`${day}T12:00:00Z`);
};

async function failure(method: string, input: unknown): Promise<ApiErrorValue> {
  const result = await lib.raw(method, input);
  if (result.ok) throw new Error(`${method} succeeded but was expected to fail`);
  return result.error;
}

/** Every row of the tables a lesson writes, to show that a refusal wrote nothing. */
const snapshot = () => ({
  lessons: lib.db.prepare('SELECT * FROM lessons ORDER BY id').all(),
  practice: lib.db.prepare('SELECT * FROM practice_items ORDER BY id').all(),
  exchanges: lib.db.prepare('SELECT * FROM exchanges ORDER BY id').all(),
});
const ledgerRows = (lessonId: string) =>
  lib.db.prepare("SELECT direction, weight, date FROM exchanges WHERE source = 'lesson' AND source_id = ?").all(lessonId);

const teaching = () => ({ collaboratorId: lee.id, userRole: 'teacher' as const, date: '2026-03-20', durationMin: 60, topics: 'Voice leading' });

describe('a planned lesson stays out of the ledger and the patterns until it is held', () => {
  it('counts nowhere while planned, and everywhere once marked held', async () => {
    const planned = await lib.call('lessons.plan', teaching());
    const learning = await lib.call('lessons.plan', { collaboratorId: sam.id, date: '2026-03-18', topics: 'Barre chords' });
    expect(planned).toMatchObject({ status: 'planned', date: '2026-03-20', takeaways: '', confidence: null, practice: [] });
    expect(ledgerRows(planned.id)).toEqual([]);
    expect((await lib.call('exchanges.list', {})).total).toBe(0);
    expect((await lib.call('timeline.forCollaborator', { collaboratorId: lee.id })).items).toEqual([]);

    moveClockTo('2026-03-21');
    // The day has passed, still nothing counts: the lesson waits for an answer.
    expect((await lib.call('patterns.forCollaborator', { collaboratorId: lee.id })).give).toBe(0);
    expect((await lib.call('patterns.forCollaborator', { collaboratorId: sam.id })).learnerPath?.lessons).toBe(0);
    expect((await lib.call('timeline.forCollaborator', { collaboratorId: sam.id })).items).toEqual([]);

    const held = await lib.call('lessons.markHeld', { id: planned.id, takeaways: 'Contrary motion first', confidence: 4 });
    expect(held).toMatchObject({ status: 'held', date: '2026-03-20', takeaways: 'Contrary motion first', confidence: 4 });
    expect(ledgerRows(planned.id)).toEqual([{ direction: 'given', weight: 2, date: '2026-03-20' }]);
    await lib.call('lessons.markHeld', { id: learning.id, date: '2026-03-19' });
    expect(ledgerRows(learning.id)).toEqual([{ direction: 'received', weight: 2, date: '2026-03-19' }]);

    expect((await lib.call('exchanges.list', {})).total).toBe(2);
    expect((await lib.call('patterns.forCollaborator', { collaboratorId: lee.id })).give).toBe(2);
    expect((await lib.call('patterns.forCollaborator', { collaboratorId: sam.id })).learnerPath?.lessons).toBe(1);
    const timeline = await lib.call('timeline.forCollaborator', { collaboratorId: lee.id });
    expect(timeline.items.map((item) => [item.type, item.id])).toEqual([['lesson', planned.id]]);
  });

  it('writes no rows for a cancelled lesson, and a deleted and restored planned one still has none', async () => {
    const cancelled = await lib.call('lessons.cancel', { id: (await lib.call('lessons.plan', teaching())).id });
    expect(cancelled.status).toBe('cancelled');
    const planned = await lib.call('lessons.plan', teaching());
    await lib.call('lessons.delete', { id: planned.id });
    await lib.call('lessons.restore', { id: planned.id });
    expect(lib.db.prepare('SELECT count(*) FROM exchanges').pluck().get()).toBe(0);
    expect((await lib.call('lessons.get', { id: planned.id })).status).toBe('planned');
  });

  it('keeps the lesson held on its own day when it is marked held before that day has come', async () => {
    const planned = await lib.call('lessons.plan', { ...teaching(), date: '2026-03-15' });
    expect((await lib.call('lessons.markHeld', { id: planned.id })).date).toBe('2026-03-15');
    const later = await lib.call('lessons.plan', teaching());
    // Held early (today), not on the future day it was planned for.
    expect((await lib.call('lessons.markHeld', { id: later.id, durationMin: 120 })).date).toBe('2026-03-15');
    expect(ledgerRows(later.id)).toEqual([{ direction: 'given', weight: 3, date: '2026-03-15' }]);
  });
});

describe('refusals: a clear message, nothing written', () => {
  const cases: [string, () => Promise<[string, unknown]>, string, string, string][] = [
    ['a planned lesson in the past', async () => ['lessons.plan', { ...teaching(), date: '2026-03-14' }], 'VALIDATION', 'date',
      'A planned lesson is for today or a later day. To log a lesson that already happened, use Log a lesson.'],
    ['a held lesson in the future', async () => ['lessons.markHeld', { id: (await lib.call('lessons.plan', teaching())).id, date: '2026-03-16' }],
      'VALIDATION', 'date', 'The day it was held cannot be in the future'],
    ['a lesson logged as happened in the future', async () => ['lessons.create', { ...teaching(), date: '2026-03-16' }], 'VALIDATION', 'date',
      'The date cannot be in the future'],
    ['a move to a past date', async () => ['lessons.move', { id: (await lib.call('lessons.plan', teaching())).id, date: '2026-03-14' }],
      'VALIDATION', 'date', 'Move the lesson to today or a later day'],
    ['takeaways on a planned lesson', async () => ['lessons.update', { id: (await lib.call('lessons.plan', teaching())).id, takeaways: 'Already?' }],
      'VALIDATION', 'takeaways', 'A planned lesson has no takeaways yet: they are written when it is marked held'],
    ['practice on a planned lesson', async () => ['lessons.update', { id: (await lib.call('lessons.plan', teaching())).id, practice: [{ text: 'Scales' }] }],
      'VALIDATION', 'practice', 'A planned lesson has no practice yet: add it once the lesson is held'],
    ['a planned lesson edited into the past', async () => ['lessons.update', { id: (await lib.call('lessons.plan', teaching())).id, date: '2026-03-01' }],
      'VALIDATION', 'date', 'A planned lesson is for today or a later day'],
  ];
  it.each(cases)('refuses %s', async (_name, setup, code, path, message) => {
    const [method, input] = await setup();
    const before = snapshot();
    const error = await failure(method, input);
    expect(error).toMatchObject({ code, message });
    expect(error.details?.issues).toContainEqual({ path, message });
    expect(snapshot()).toEqual(before);
  });

  it('answers only a planned lesson', async () => {
    const logged = await lib.call('lessons.create', { ...teaching(), date: '2026-03-10' });
    const cancelled = await lib.call('lessons.cancel', { id: (await lib.call('lessons.plan', teaching())).id });
    const before = snapshot();
    for (const method of ['lessons.markHeld', 'lessons.cancel']) {
      expect(await failure(method, { id: logged.id })).toMatchObject({
        code: 'CONFLICT',
        message: 'This lesson is already marked held: only a planned lesson can be answered. Edit it to change what was logged.',
      });
      expect(await failure(method, { id: cancelled.id })).toMatchObject({
        code: 'CONFLICT',
        message: 'This lesson was cancelled: only a planned lesson can be answered. Plan a new one to meet again.',
      });
    }
    expect((await failure('lessons.move', { id: logged.id, date: '2026-04-01' })).code).toBe('CONFLICT');
    expect((await failure('lessons.update', { id: cancelled.id, date: '2026-04-01' })).message).toBe(
      'A cancelled lesson keeps the day it was planned for',
    );
    expect((await failure('lessons.plan', { ...teaching(), takeaways: 'Not yet' })).code).toBe('VALIDATION');
    expect(snapshot()).toEqual(before);
  });
});

describe('upcoming.list', () => {
  it('lists planned lessons from today on, those whose day has passed, and open practice with a due date', async () => {
    const past = await lib.call('lessons.plan', { ...teaching(), date: '2026-03-16', topics: 'Passed' });
    const soon = await lib.call('lessons.plan', { ...teaching(), date: '2026-03-20', topics: 'Soon' });
    const today = await lib.call('lessons.plan', { ...teaching(), date: '2026-03-18', topics: 'Today' });
    const gone = await lib.call('lessons.plan', { ...teaching(), date: '2026-03-19', topics: 'Deleted' });
    await lib.call('lessons.delete', { id: gone.id });
    await lib.call('lessons.cancel', { id: (await lib.call('lessons.plan', { ...teaching(), topics: 'Cancelled' })).id });
    const logged = await lib.call('lessons.create', {
      collaboratorId: sam.id,
      date: '2026-03-10',
      topics: 'Scales',
      practice: [
        { text: 'Overdue', dueDate: '2026-03-17' },
        { text: 'Due later', dueDate: '2026-03-25' },
        { text: 'No due date' },
        { text: 'Done', dueDate: '2026-03-12' },
      ],
    });
    await lib.call('practice.setDone', { id: logged.practice[3]!.id, done: true, date: '2026-03-12' });

    moveClockTo('2026-03-18');
    const upcoming = await lib.call('upcoming.list', {});
    expect(upcoming.today).toBe('2026-03-18');
    expect(upcoming.planned.map((lesson) => lesson.id)).toEqual([today.id, soon.id]);
    expect(upcoming.unanswered.map((lesson) => lesson.id)).toEqual([past.id]);
    expect(upcoming.practice.map((item) => [item.text, item.overdue])).toEqual([
      ['Overdue', true],
      ['Due later', false],
    ]);
    expect(upcoming.totals).toEqual({ planned: 2, unanswered: 1, practice: 2 });

    await lib.call('lessons.move', { id: past.id, date: '2026-03-30' });
    const moved = await lib.call('upcoming.list', { limit: 2 });
    expect(moved.unanswered).toEqual([]);
    expect(moved.planned.map((lesson) => lesson.topics)).toEqual(['Today', 'Soon']);
    expect(moved.totals.planned).toBe(3);
  });
});
