import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MISSING_ID, TODAY, logLibrary, type LogLibrary } from '../testing/logFixtures';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
});
afterEach(() => t.lib.cleanup());

const guitarLesson = () => ({
  collaboratorId: t.sam.id,
  date: '2026-03-10',
  durationMin: 60,
  topics: 'Barre chords, F to B♭',
  takeaways: 'Thumb lower behind the neck',
  confidence: 2,
  practice: [
    { text: 'F barre, 5 minutes a day', dueDate: '2026-03-17' },
    { text: 'Switch F–B♭ cleanly at 60 bpm' },
  ],
});

describe('lessons.create and get', () => {
  it('logs a lesson with its practice items in order', async () => {
    const lesson = await t.lib.call('lessons.create', guitarLesson());
    expect(lesson).toMatchObject({
      collaboratorName: 'Sam',
      userRole: 'learner',
      durationMin: 60,
      confidence: 2,
      benefit: 'knowledge',
      weight: 2,
      practiceDone: 0,
      deletedAt: null,
    });
    expect(lesson.practice.map((item) => [item.text, item.dueDate, item.done, item.position])).toEqual([
      ['F barre, 5 minutes a day', '2026-03-17', false, 0],
      ['Switch F–B♭ cleanly at 60 bpm', null, false, 1],
    ]);
    expect(await t.lib.call('lessons.get', { id: lesson.id })).toEqual(lesson);
  });

  it('defaults to today, an hour, the learner role and no practice', async () => {
    const lesson = await t.lib.call('lessons.create', { collaboratorId: t.sam.id, topics: 'Ear training' });
    expect(lesson).toMatchObject({ date: TODAY, durationMin: 60, userRole: 'learner', confidence: null, practice: [] });
  });

  const refusals: [string, Record<string, unknown>, string, string][] = [
    ['no topics', { topics: '' }, 'topics', 'Topics are required'],
    ['a confidence of 6', { confidence: 6 }, 'confidence', 'Confidence is a number from 1 to 5'],
    ['a zero duration', { durationMin: 0 }, 'durationMin', 'A lesson lasts at least a minute'],
    ['an unknown role', { userRole: 'student' }, 'userRole', 'Choose learner, teacher or peers'],
    ['a future date', { date: '2026-04-01' }, 'date', 'The date cannot be in the future'],
    ['an empty practice item', { practice: [{ text: ' ' }] }, 'practice.0.text', 'The practice item is required'],
    ['practice due before the lesson', { practice: [{ text: 'Scales', dueDate: '2026-03-09' }] }, 'practice.0.dueDate',
      '"Scales" is due before the lesson (2026-03-10)'],
  ];
  it.each(refusals)('refuses %s and writes nothing', async (_name, change, path, message) => {
    const error = await t.failure('lessons.create', { ...guitarLesson(), ...change });
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues).toContainEqual({ path, message });
    expect(t.counts()).toMatchObject({ lessons: 0, practice_items: 0, exchanges: 0 });
  });

  it('allows practice due in the future and refuses unknown people', async () => {
    const lesson = await t.lib.call('lessons.create', { ...guitarLesson(), practice: [{ text: 'Recital piece', dueDate: '2026-06-01' }] });
    expect(lesson.practice[0]?.dueDate).toBe('2026-06-01');
    expect((await t.failure('lessons.create', { ...guitarLesson(), collaboratorId: MISSING_ID })).code).toBe('NOT_FOUND');
    expect((await t.failure('lessons.create', { ...guitarLesson(), projectId: MISSING_ID })).code).toBe('NOT_FOUND');
    expect(t.counts()).toMatchObject({ lessons: 1, practice_items: 1 });
  });
});

describe('lessons.update', () => {
  it('replaces the practice list, keeping the ids and done state of items sent back', async () => {
    const lesson = await t.lib.call('lessons.create', guitarLesson());
    const [barre, switching] = lesson.practice;
    await t.lib.call('practice.setDone', { id: barre?.id ?? '', done: true, date: '2026-03-12' });

    const edited = await t.lib.call('lessons.update', {
      id: lesson.id,
      confidence: 3,
      practice: [
        { text: 'New: metronome at 70', dueDate: '2026-03-20' },
        { id: barre?.id, text: 'F barre, 10 minutes a day' },
      ],
    });
    expect(edited.confidence).toBe(3);
    expect(edited.practice).toHaveLength(2);
    expect(edited.practice[1]).toMatchObject({
      id: barre?.id,
      text: 'F barre, 10 minutes a day',
      dueDate: '2026-03-17',
      doneDate: '2026-03-12',
      done: true,
      position: 1,
    });
    expect(edited.practice[0]).toMatchObject({ text: 'New: metronome at 70', done: false, position: 0 });
    expect(edited.practice.map((item) => item.id)).not.toContain(switching?.id);
    expect(edited.practiceDone).toBe(1);
    expect(t.count('practice_items')).toBe(2);
  });

  it('leaves practice alone when the list is not sent', async () => {
    const lesson = await t.lib.call('lessons.create', guitarLesson());
    const edited = await t.lib.call('lessons.update', { id: lesson.id, takeaways: 'Relax the wrist' });
    expect(edited.practice).toEqual(lesson.practice);
    expect(edited.takeaways).toBe('Relax the wrist');
  });

  it('refuses an item of another lesson, duplicates and a date after its practice is due, changing nothing', async () => {
    const lesson = await t.lib.call('lessons.create', guitarLesson());
    const other = await t.lib.call('lessons.create', { ...guitarLesson(), topics: 'Other' });
    const foreign = other.practice[0]?.id;
    const before = await t.lib.call('lessons.get', { id: lesson.id });

    const stolen = await t.failure('lessons.update', { id: lesson.id, practice: [{ id: foreign, text: 'Mine now' }] });
    expect(stolen.details?.issues).toEqual([{ path: 'practice.0.id', message: 'That practice item is not part of this lesson any more' }]);
    const twice = await t.failure('lessons.update', {
      id: lesson.id,
      practice: [{ id: before.practice[0]?.id, text: 'a' }, { id: before.practice[0]?.id, text: 'b' }],
    });
    expect(twice.message).toBe('practice: Each practice item can appear only once');
    const early = await t.lib.call('lessons.create', {
      ...guitarLesson(),
      date: '2026-03-01',
      practice: [{ text: 'Scales', dueDate: '2026-03-05' }],
    });
    const moved = await t.failure('lessons.update', { id: early.id, date: '2026-03-10' });
    expect(moved.details?.issues).toEqual([{ path: 'date', message: '"Scales" is due before the lesson (2026-03-10)' }]);
    expect((await t.lib.call('lessons.get', { id: early.id })).date).toBe('2026-03-01');
    const doneTooEarly = await t.failure('lessons.update', {
      id: lesson.id,
      practice: [{ id: before.practice[0]?.id, text: 'x', doneDate: '2026-03-01' }],
    });
    expect(doneTooEarly.details?.issues?.[0]?.path).toBe('practice.0.doneDate');

    expect(await t.lib.call('lessons.get', { id: lesson.id })).toEqual(before);
    expect((await t.lib.call('lessons.get', { id: other.id })).practice[0]?.text).toBe('F barre, 5 minutes a day');
  });

  it('refuses edits to a deleted lesson', async () => {
    const lesson = await t.lib.call('lessons.create', guitarLesson());
    await t.lib.call('lessons.delete', { id: lesson.id });
    expect((await t.failure('lessons.update', { id: lesson.id, topics: 'x' })).code).toBe('CONFLICT');
  });
});

describe('lessons.list', () => {
  it('filters by person, project, role and dates, newest first', async () => {
    const a = await t.lib.call('lessons.create', { collaboratorId: t.sam.id, topics: 'A', date: '2026-01-01' });
    const b = await t.lib.call('lessons.create', {
      collaboratorId: t.lee.id,
      topics: 'B',
      date: '2026-02-01',
      userRole: 'peers',
      projectId: t.album.id,
    });
    const c = await t.lib.call('lessons.create', { collaboratorId: t.lee.id, topics: 'C', date: '2026-03-01', userRole: 'teacher' });
    const ids = async (input: Parameters<typeof t.lib.call<'lessons.list'>>[1]) =>
      (await t.lib.call('lessons.list', input)).items.map((lesson) => lesson.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ collaboratorId: t.lee.id })).toEqual([c.id, b.id]);
    expect(await ids({ projectId: t.album.id })).toEqual([b.id]);
    expect(await ids({ role: 'teacher' })).toEqual([c.id]);
    expect(await ids({ to: '2026-02-01' })).toEqual([b.id, a.id]);
    await t.lib.call('lessons.delete', { id: b.id });
    expect(await ids({})).toEqual([c.id, a.id]);
    expect((await t.lib.call('lessons.list', { includeDeleted: true })).total).toBe(3);
    expect((await t.failure('lessons.list', { role: 'mentor' })).code).toBe('VALIDATION');
  });
});

describe('practice', () => {
  it('lists open items across lessons by due date, with their lesson and person', async () => {
    const first = await t.lib.call('lessons.create', guitarLesson());
    await t.lib.call('lessons.create', {
      collaboratorId: t.lee.id,
      topics: 'Swing feel',
      date: '2026-03-01',
      userRole: 'peers',
      practice: [{ text: 'Shuffle groove', dueDate: '2026-03-08' }],
    });
    const open = await t.lib.call('practice.list', {});
    expect(open.items.map((item) => [item.text, item.dueDate, item.overdue, item.collaboratorName])).toEqual([
      ['Shuffle groove', '2026-03-08', true, 'Lee'],
      ['F barre, 5 minutes a day', '2026-03-17', false, 'Sam'],
      ['Switch F–B♭ cleanly at 60 bpm', null, false, 'Sam'],
    ]);
    expect(open.items[1]?.lesson).toEqual({ id: first.id, date: '2026-03-10', topics: 'Barre chords, F to B♭', userRole: 'learner' });
    expect(open.total).toBe(3);
    expect((await t.lib.call('practice.list', { collaboratorId: t.sam.id })).total).toBe(2);
  });

  it('ticks an item off (today by default), shows it only with done items, and un-ticks it', async () => {
    const lesson = await t.lib.call('lessons.create', guitarLesson());
    const id = lesson.practice[0]?.id ?? '';
    const done = await t.lib.call('practice.setDone', { id, done: true });
    expect(done).toMatchObject({ done: true, doneDate: TODAY, overdue: false });
    expect((await t.lib.call('practice.list', {})).items.map((item) => item.id)).not.toContain(id);
    const withDone = await t.lib.call('practice.list', { includeDone: true });
    expect(withDone.items.map((item) => item.id)).toEqual([lesson.practice[1]?.id, id]);
    const again = await t.lib.call('practice.setDone', { id, done: true });
    expect(again.doneDate).toBe(TODAY);
    const undone = await t.lib.call('practice.setDone', { id, done: false });
    expect(undone).toMatchObject({ done: false, doneDate: null });
    expect((await t.lib.call('lessons.get', { id: lesson.id })).practiceDone).toBe(0);
  });

  it('refuses a done date before the lesson or in the future, unknown items and deleted lessons', async () => {
    const lesson = await t.lib.call('lessons.create', guitarLesson());
    const id = lesson.practice[0]?.id ?? '';
    const early = await t.failure('practice.setDone', { id, done: true, date: '2026-03-09' });
    expect(early.details?.issues).toEqual([{ path: 'date', message: 'It cannot be done before the lesson (2026-03-10)' }]);
    expect((await t.failure('practice.setDone', { id, done: true, date: '2026-03-30' })).code).toBe('VALIDATION');
    expect((await t.failure('practice.setDone', { id: MISSING_ID, done: true })).code).toBe('NOT_FOUND');
    expect((await t.failure('practice.setDone', { id, done: 'yes' })).message).toBe('done: Say whether the item is done');
    await t.lib.call('lessons.delete', { id: lesson.id });
    expect((await t.failure('practice.setDone', { id, done: true })).code).toBe('CONFLICT');
    expect((await t.lib.call('practice.list', {})).total).toBe(0);
    await t.lib.call('lessons.restore', { id: lesson.id });
    expect((await t.lib.call('lessons.get', { id: lesson.id })).practice.every((item) => !item.done)).toBe(true);
    expect((await t.lib.call('practice.list', {})).total).toBe(2);
  });
});
