import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MISSING_ID, TODAY, logLibrary, type LogLibrary } from '../testing/logFixtures';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
});
afterEach(() => t.lib.cleanup());

const introduction = () => ({
  direction: 'received' as const,
  collaboratorId: t.sam.id,
  benefit: 'growth' as const,
  weight: 3 as const,
  note: 'Introduced me to a gallery',
  date: '2026-03-02',
});

describe('help.create (help)', () => {
  it('logs help with the giver as initiator by default', async () => {
    const help = await t.lib.call('help.create', introduction());
    expect(help).toMatchObject({
      source: 'help',
      sourceId: help.id,
      sourceHref: `/help/${help.id}`,
      editable: true,
      collaboratorName: 'Sam',
      direction: 'received',
      benefit: 'growth',
      weight: 3,
      initiatedBy: 'them',
      summary: 'Introduced me to a gallery',
      projectId: null,
    });
    const given = await t.lib.call('help.create', { direction: 'given', collaboratorId: t.lee.id, benefit: 'knowledge' });
    expect(given).toMatchObject({ initiatedBy: 'me', weight: 2, date: TODAY, note: '' });
    const theirIdea = await t.lib.call('help.create', { ...introduction(), direction: 'given', initiatedBy: 'them' });
    expect(theirIdea.initiatedBy).toBe('them');
  });

  const refusals: [string, Record<string, unknown>, string, string][] = [
    ['weight 4', { weight: 4 }, 'weight', 'Weight is 1 (small), 2 (medium) or 3 (large)'],
    ['an unknown benefit', { benefit: 'money' }, 'benefit', 'Choose knowledge, perspective or growth'],
    ['no direction', { direction: undefined }, 'direction', 'Choose given or received'],
    ['a future date', { date: '2026-03-17' }, 'date', 'The date cannot be in the future'],
    ['a source field', { source: 'feedback' }, '', 'Unrecognized key: "source"'],
  ];
  it.each(refusals)('refuses %s and writes nothing', async (_name, change, path, message) => {
    const error = await t.failure('help.create', { ...introduction(), ...change });
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues).toContainEqual({ path, message });
    expect(t.count('exchanges')).toBe(0);
  });

  it('refuses unknown people and projects', async () => {
    expect((await t.failure('help.create', { ...introduction(), collaboratorId: MISSING_ID })).code).toBe('NOT_FOUND');
    expect((await t.failure('help.create', { ...introduction(), projectId: MISSING_ID })).code).toBe('NOT_FOUND');
    expect(t.count('exchanges')).toBe(0);
  });
});

describe('help.update, delete and restore', () => {
  it('edits, deletes and restores help', async () => {
    const { id } = await t.lib.call('help.create', introduction());
    const edited = await t.lib.call('help.update', { id, weight: 2, projectId: t.album.id, note: 'Gallery intro' });
    expect(edited).toMatchObject({ weight: 2, projectTitle: 'Night Album', summary: 'Gallery intro', benefit: 'growth' });
    expect((await t.failure('help.update', { id, collaboratorId: MISSING_ID })).code).toBe('NOT_FOUND');
    expect((await t.lib.call('help.get', { id })).collaboratorId).toBe(t.sam.id);

    expect((await t.lib.call('help.delete', { id })).deletedAt).not.toBeNull();
    expect((await t.lib.call('exchanges.list', {})).total).toBe(0);
    expect((await t.failure('help.update', { id, weight: 1 })).code).toBe('CONFLICT');
    expect((await t.lib.call('help.restore', { id })).deletedAt).toBeNull();
    expect((await t.lib.call('exchanges.list', {})).total).toBe(1);
  });

  it('refuses to change a derived row and points at its source entry', async () => {
    const feedback = await t.lib.call('feedback.create', {
      direction: 'received',
      collaboratorId: t.sam.id,
      kind: 'technical',
      body: 'Use a shorter reverb',
      date: '2026-03-01',
    });
    const [derived] = (await t.lib.call('exchanges.list', { source: 'feedback' })).items;
    expect(derived).toMatchObject({
      sourceId: feedback.id,
      sourceHref: `/feedback/${feedback.id}`,
      editable: false,
      summary: 'Technical: Use a shorter reverb',
    });
    const before = t.lib.db.prepare('SELECT * FROM exchanges').all();
    for (const [method, input] of [
      ['help.update', { id: derived?.id, weight: 3 }],
      ['help.delete', { id: derived?.id }],
      ['help.restore', { id: derived?.id }],
    ] as const) {
      const error = await t.failure(method, input);
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toBe(
        'This exchange comes from a feedback entry. Edit or delete that feedback instead; its benefit and weight can be changed there.',
      );
      expect(error.details).toMatchObject({ source: 'feedback', sourceId: feedback.id, href: `/feedback/${feedback.id}` });
    }
    expect(t.lib.db.prepare('SELECT * FROM exchanges').all()).toEqual(before);

    const lesson = await t.lib.call('lessons.create', { collaboratorId: t.sam.id, topics: 'Voicings' });
    const [fromLesson] = (await t.lib.call('exchanges.list', { source: 'lesson' })).items;
    expect(fromLesson).toMatchObject({ sourceId: lesson.id, sourceHref: `/lessons/${lesson.id}` });
    expect((await t.failure('help.update', { id: fromLesson?.id, note: 'x' })).message).toMatch(/comes from a lesson/);
  });
});

describe('exchanges.list', () => {
  it('shows the whole ledger with source info, filters and weight totals', async () => {
    const help = await t.lib.call('help.create', introduction());
    const feedback = await t.lib.call('feedback.create', {
      direction: 'given',
      collaboratorId: t.lee.id,
      projectId: t.album.id,
      kind: 'encouragement',
      body: 'The bridge is lovely',
      date: '2026-03-05',
    });
    const lesson = await t.lib.call('lessons.create', {
      collaboratorId: t.lee.id,
      topics: 'Counterpoint basics',
      userRole: 'peers',
      durationMin: 120,
      date: '2026-03-07',
    });

    const all = await t.lib.call('exchanges.list', {});
    expect(all.items.map((e) => [e.source, e.sourceId, e.direction, e.benefit, e.weight])).toEqual([
      ['lesson', lesson.id, expect.any(String), 'knowledge', 3],
      ['lesson', lesson.id, expect.any(String), 'knowledge', 3],
      ['feedback', feedback.id, 'given', 'growth', 2],
      ['help', help.id, 'received', 'growth', 3],
    ]);
    expect(all.totals).toEqual({ given: 5, received: 6 });
    expect(all.items[0]?.summary).toBe('Lesson: Counterpoint basics');

    const sources = async (input: Parameters<typeof t.lib.call<'exchanges.list'>>[1]) =>
      (await t.lib.call('exchanges.list', input)).items.map((e) => e.source);
    expect(await sources({ direction: 'received' })).toEqual(['lesson', 'help']);
    expect(await sources({ benefit: 'growth' })).toEqual(['feedback', 'help']);
    expect(await sources({ collaboratorId: t.sam.id })).toEqual(['help']);
    expect(await sources({ projectId: t.album.id })).toEqual(['feedback']);
    expect(await sources({ source: 'help' })).toEqual(['help']);
    expect(await sources({ from: '2026-03-03', to: '2026-03-06' })).toEqual(['feedback']);
    expect((await t.lib.call('exchanges.list', { collaboratorId: t.lee.id })).totals).toEqual({ given: 5, received: 3 });
    expect((await t.failure('exchanges.list', { source: 'gift' })).code).toBe('VALIDATION');
  });
});
