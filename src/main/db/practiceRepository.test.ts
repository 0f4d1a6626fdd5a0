import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../sample/random';
import { TODAY, logLibrary, type LogLibrary } from '../testing/logFixtures';
import { decodePracticeCursor, encodePracticeCursor, type PracticeKeyset } from './practiceCursor';
import { listPractice, type PracticeFilter } from './practiceRepository';

let t: LogLibrary;
beforeEach(async () => {
  // A frozen clock gives lessons of one day the same created_at, so the order's ties are exercised.
  t = await logLibrary({ frozenClock: true });
});
afterEach(() => t.lib.cleanup());

const DAYS = ['2026-03-01', '2026-03-05', '2026-03-10'];
const DUE = [null, null, '2026-03-12', '2026-03-20', '2026-04-02'];

/** The list as one query over every row, the way it was read before it was split into index walks. */
function reference(filter: PracticeFilter): { id: string; key: string }[] {
  const terms = ['s.deleted_at IS NULL'];
  if (!filter.includeDone) terms.push('i.done_date IS NULL');
  if (filter.dueOnly === true) terms.push('i.due_date IS NOT NULL');
  if (filter.collaboratorId !== undefined) terms.push('s.collaborator_id = @collaboratorId');
  if (filter.projectId !== undefined) terms.push('s.project_id = @projectId');
  const { includeDone: _includeDone, dueOnly: _dueOnly, ...params } = filter;
  return t.lib.db
    .prepare(
      `SELECT i.id, json_array(i.done_date IS NOT NULL, i.due_date IS NULL, i.due_date, s.date, s.created_at, s.id, i.position) AS key
       FROM practice_items i JOIN lessons s ON s.id = i.lesson_id WHERE ${terms.join(' AND ')}
       ORDER BY i.done_date IS NOT NULL, i.due_date IS NULL, i.due_date, s.date, s.created_at, s.id, i.position, i.id`,
    )
    .all(params) as { id: string; key: string }[];
}

describe('listPractice', () => {
  it('reads the same order and total as a pass over every row, for every filter and page size', async () => {
    const random = seededRandom(11);
    for (let n = 0; n < 30; n++) {
      const date = random.pick(DAYS);
      const lesson = await t.lib.call('lessons.create', {
        collaboratorId: random.chance(0.6) ? t.sam.id : t.lee.id,
        ...(random.chance(0.5) ? { projectId: t.album.id } : {}),
        date,
        topics: `Lesson ${n}`,
        practice: Array.from({ length: random.int(0, 3) }, (_, position) => {
          const due = random.pick(DUE);
          return { text: `Item ${position}`, ...(due && due >= date ? { dueDate: due } : {}) };
        }),
      });
      for (const item of lesson.practice) {
        if (random.chance(0.4)) await t.lib.call('practice.setDone', { id: item.id, done: true, date: TODAY });
      }
      if (random.chance(0.2)) await t.lib.call('lessons.delete', { id: lesson.id });
    }
    const filters: PracticeFilter[] = [false, true].flatMap((includeDone) =>
      [false, true].flatMap((dueOnly) =>
        [{}, { collaboratorId: t.sam.id }, { projectId: t.album.id }, { collaboratorId: t.lee.id, projectId: t.album.id }].map(
          (subject) => ({ includeDone, dueOnly, ...subject }),
        ),
      ),
    );
    let seen = 0;
    for (const filter of filters) {
      const all = reference(filter);
      const keyOf = new Map(all.map((row) => [row.id, row.key]));
      for (const limit of [1, 3, 7, 1000]) {
        const page = listPractice(t.lib.db, filter, limit, TODAY);
        expect(page.total).toBe(all.length);
        // Items that tie on every term of the order may come in either order; their keys may not.
        expect(page.items.map((item) => keyOf.get(item.id))).toEqual(all.slice(0, limit).map((row) => row.key));
        seen += page.items.length;
      }
      const everything = listPractice(t.lib.db, filter, 1000, TODAY).items.map((item) => item.id);
      expect(everything).toEqual(all.map((row) => row.id));
      // Page by page with the cursor: the same items in the same order, none twice, and an end.
      for (const limit of [1, 3, 7]) {
        const paged: string[] = [];
        let page = listPractice(t.lib.db, filter, limit, TODAY);
        paged.push(...page.items.map((item) => item.id));
        while (page.nextCursor !== null) {
          const after = decodePracticeCursor(page.nextCursor);
          expect(after).toBeDefined();
          page = listPractice(t.lib.db, filter, limit, TODAY, after);
          expect(page.total).toBe(all.length);
          paged.push(...page.items.map((item) => item.id));
        }
        expect(paged).toEqual(all.map((row) => row.id));
      }
    }
    expect(seen).toBeGreaterThan(100);
  });
});

describe('practice cursors', () => {
  const key: PracticeKeyset = {
    segment: 1,
    dueDate: null,
    lessonDate: '2026-03-01',
    lessonCreatedAt: '2026-03-01T10:00:00.000Z',
    lessonId: 'a',
    position: 2,
    id: 'b',
  };
  const encoded = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

  it('reads back what it wrote', () => {
    expect(decodePracticeCursor(encodePracticeCursor(key))).toEqual(key);
    expect(decodePracticeCursor(encodePracticeCursor({ ...key, segment: 0, dueDate: '2026-03-20' }))).toMatchObject({ segment: 0 });
  });

  it.each([
    ['not base64 JSON', '%%%'],
    ['a keyset of another list', encoded(['2026-03-01', '2026-03-01T10:00:00.000Z', 'a'])],
    ['a segment past the last', encoded([4, null, '2026-03-01', 'x', 'a', 0, 'b'])],
    ['a dated segment without its due date', encoded([0, null, '2026-03-01', 'x', 'a', 0, 'b'])],
    ['an undated segment with a due date', encoded([1, '2026-03-20', '2026-03-01', 'x', 'a', 0, 'b'])],
    ['a position that is not a whole number', encoded([1, null, '2026-03-01', 'x', 'a', 0.5, 'b'])],
  ])('refuses %s', (_name, cursor) => {
    expect(decodePracticeCursor(cursor)).toBeUndefined();
  });

  it('refuses one at the boundary with a clear message', async () => {
    const error = await t.failure('practice.list', { cursor: encoded(['x']) });
    expect(error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('moved on') });
  });
});
