import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEARCH_COUNT_MAX, type SearchKind, type SearchResult } from '../../shared/contract/search';
import { SEARCH_RANK_MAX, searchLibrary } from '../db/searchRepository';
import { ENTRY_KINDS, KINDS, type EntryKind } from '../../shared/kinds';
import { logLibrary, type LogLibrary } from '../testing/logFixtures';

let t: LogLibrary;
beforeEach(async () => {
  t = await logLibrary();
});
afterEach(() => t.lib.cleanup());

const search = (text: string, options: { kinds?: SearchKind[]; personId?: string; projectId?: string; limit?: number } = {}) =>
  t.lib.call('search.query', { text, ...options });
const ids = (result: SearchResult, kind?: SearchKind) =>
  result.groups.filter((group) => !kind || group.kind === kind).flatMap((group) => group.hits.map((hit) => hit.id));
const marked = (text: { text: string; marks: [number, number][] }) => text.marks.map(([start, end]) => text.text.slice(start, end));

/** A new entry of each kind holding `word`, through its create method; a missing kind is a compile error. */
const CREATE: Record<EntryKind, (word: string) => Record<string, unknown>> = {
  feedback: (word) => ({ direction: 'received', collaboratorId: t.sam.id, kind: 'critique', body: `The ${word} drags`, date: '2026-03-01' }),
  lesson: (word) => ({ collaboratorId: t.sam.id, topics: `Voicing ${word}`, date: '2026-03-01' }),
  help: (word) => ({ direction: 'given', collaboratorId: t.sam.id, benefit: 'knowledge', note: `Lent a ${word}`, date: '2026-03-01' }),
  request: (word) => ({ askedBy: 'me', collaboratorId: t.sam.id, what: `Borrow a ${word}`, dateAsked: '2026-03-01' }),
};
/** An edit that replaces the word in the field CREATE put it in. */
const PATCH: Record<EntryKind, (word: string) => Record<string, unknown>> = {
  feedback: (word) => ({ body: `The ${word} drags` }),
  lesson: (word) => ({ topics: `Voicing ${word}` }),
  help: (word) => ({ note: `Lent a ${word}` }),
  request: (word) => ({ what: `Borrow a ${word}` }),
};

async function create(kind: EntryKind, word: string): Promise<string> {
  const method = `${KINDS[kind].area}.create`;
  const created = (await t.lib.call(method as 'requests.create', CREATE[kind](word) as never)) as { id: string };
  return created.id;
}
const call = (kind: EntryKind, verb: 'update' | 'delete' | 'restore', input: Record<string, unknown>) =>
  t.lib.call(`${KINDS[kind].area}.${verb}` as 'requests.update', input as never);

describe('search.query', () => {
  it('finds by the start of a word, without regard to case or diacritics, either way round', async () => {
    const tomas = await t.lib.call('collaborators.create', { name: 'Tomás Núñez' });
    const plain = await t.lib.call('collaborators.create', { name: 'Tomas Plain' });
    for (const text of ['tom', 'Tomas', 'TOMÁS', 'tomás', 'tomá']) {
      expect(ids(await search(text, { kinds: ['person'] })).sort(), text).toEqual([tomas.id, plain.id].sort());
    }
    expect(ids(await search('nunez'))).toEqual([tomas.id]);
    expect(ids(await search('Núñ'))).toEqual([tomas.id]);
    expect(ids(await search('tomas nu'))).toEqual([tomas.id]);
    expect(ids(await search('omas'))).toEqual([]);
    const hit = (await search('tomas nú')).groups[0]!.hits[0]!;
    expect(marked(hit.title)).toEqual(['Tomás', 'Nú']);
  });

  it('ranks a match in the title above one in the body, and marks the words in the snippet', async () => {
    const inBody = await t.lib.call('projects.create', { title: 'Night Drive', medium: 'music', description: 'A song about a lighthouse keeper' });
    const inTitle = await t.lib.call('projects.create', { title: 'Lighthouse', medium: 'music' });
    const result = await search('lighthouse', { kinds: ['project'] });
    expect(ids(result)).toEqual([inTitle.id, inBody.id]);
    const [first, second] = result.groups[0]!.hits;
    expect(first!.snippet).toBeNull();
    expect(marked(first!.title)).toEqual(['Lighthouse']);
    expect(second!.snippet).toEqual({ text: 'A song about a lighthouse keeper', marks: [[15, 25]] });
  });

  it('groups hits by kind, people first, and keeps each group to the limit while counting every match', async () => {
    await t.lib.call('collaborators.create', { name: 'Bridge Person' });
    for (const kind of ENTRY_KINDS) for (let i = 0; i < 3; i++) await create(kind, 'bridge');
    const result = await search('bridge', { limit: 2 });
    expect(result.groups.map((group) => group.kind)).toEqual(['person', ...ENTRY_KINDS]);
    for (const group of result.groups.slice(1)) expect([group.hits.length, group.total]).toEqual([2, 3]);
    expect(ids(await search('bridge', { kinds: ['lesson', 'help'] })).length).toBe(6);
    expect((await search('bridge', { kinds: ['request'] })).groups.map((group) => group.kind)).toEqual(['request']);
  });

  it('counts up to SEARCH_COUNT_MAX, and gives a word that common newest first', async () => {
    const insert = t.lib.db.prepare("INSERT INTO collaborators (id, name, kind, created_at, updated_at) VALUES (?, ?, 'person', 't', 't')");
    const names = Array.from({ length: SEARCH_COUNT_MAX + 1 }, (_, index) => `Common ${index}`);
    const made = t.lib.db.transaction(() => names.map((name) => { const id = randomUUID(); insert.run(id, name); return id; }))();
    const [group] = (await search('common', { kinds: ['person'], limit: 3 })).groups;
    expect(group).toMatchObject({ total: SEARCH_COUNT_MAX, moreThanTotal: true });
    expect(group!.hits.map((hit) => hit.id)).toEqual(made.slice(-3).reverse());
    t.lib.db.prepare('DELETE FROM collaborators WHERE id = ?').run(made[0]);
    expect((await search('common', { kinds: ['person'] })).groups[0]).toMatchObject({ total: SEARCH_COUNT_MAX, moreThanTotal: false });
  });

  it('ranks only words in at most SEARCH_RANK_MAX documents; a commoner word comes newest first', async () => {
    const insert = t.lib.db.prepare("INSERT INTO projects (id, title, medium, status, description, created_at, updated_at) VALUES (?, ?, 'music', 'idea', ?, 't', 't')");
    const add = (title: string, description: string) => { const id = randomUUID(); insert.run(id, title, description); return id; };
    const inTitle = add('Ostinato', '');
    const inBody = t.lib.db.transaction(() => Array.from({ length: SEARCH_RANK_MAX - 1 }, (_, index) => add(`Piece ${index}`, 'an ostinato')))();
    expect(ids(await search('ostinato', { kinds: ['project'], limit: 2 }))).toEqual([inTitle, inBody.at(-1)]);
    const newest = add('Another', 'an ostinato');
    expect(ids(await search('ostinato', { kinds: ['project'], limit: 2 }))).toEqual([newest, inBody.at(-1)]);
  });

  it('finds by a start longer than the prefix indexes, and by whole long words', async () => {
    const long = await t.lib.call('projects.create', { title: 'Internationalization', medium: 'music' });
    for (const text of ['internationa', 'internationaliz', 'INTERNATIONALIZATION']) {
      expect(ids(await search(text)), text).toEqual([long.id]);
    }
    expect(ids(await search('internationalizations'))).toEqual([]);
  });

  it('filters by person and by project, for entries, people and projects alike', async () => {
    const samFeedback = await create('feedback', 'chorus');
    const leeRequest = (await t.lib.call('requests.create', { askedBy: 'me', collaboratorId: t.lee.id, what: 'A chorus', projectId: t.album.id })).id;
    const chorusProject = await t.lib.call('projects.create', { title: 'Chorus Project', medium: 'music' });
    await t.lib.call('projects.addMember', { projectId: chorusProject.id, collaboratorId: t.lee.id });
    const chorusPerson = await t.lib.call('collaborators.create', { name: 'Chorus Master' });
    await t.lib.call('projects.addMember', { projectId: t.album.id, collaboratorId: chorusPerson.id });
    expect(ids(await search('chorus', { personId: t.sam.id }))).toEqual([samFeedback]);
    expect(ids(await search('chorus', { personId: t.lee.id })).sort()).toEqual([leeRequest, chorusProject.id].sort());
    expect(ids(await search('chorus', { personId: chorusPerson.id }))).toEqual([chorusPerson.id]);
    expect(ids(await search('chorus', { projectId: t.album.id })).sort()).toEqual([leeRequest, chorusPerson.id].sort());
    expect(ids(await search('chorus', { projectId: t.album.id, personId: t.lee.id }))).toEqual([leeRequest]);
    const missing = await t.failure('search.query', { text: 'chorus', personId: randomUUID() });
    expect(missing.code).toBe('NOT_FOUND');
  });

  it.each(ENTRY_KINDS)('keeps %s entries findable through create, edit, delete and restore', async (kind) => {
    const id = await create(kind, 'marimba');
    expect(ids(await search('marim'), kind)).toEqual([id]);
    await call(kind, 'update', { id, ...PATCH[kind]('vibraphone') });
    expect(ids(await search('marimba'))).toEqual([]);
    expect(ids(await search('vibra'), kind)).toEqual([id]);
    await call(kind, 'delete', { id });
    expect(ids(await search('vibraphone'))).toEqual([]);
    await call(kind, 'restore', { id });
    expect(ids(await search('vibraphone'), kind)).toEqual([id]);
  });

  it('keeps people and projects findable through edits and archiving, marked while archived', async () => {
    const person = await t.lib.call('collaborators.create', { name: 'Ines', notes: 'plays the oboe' });
    const project = await t.lib.call('projects.create', { title: 'Oboe Suite', medium: 'music' });
    await t.lib.call('collaborators.update', { id: person.id, notes: 'plays the bassoon' });
    expect(ids(await search('oboe'))).toEqual([project.id]);
    await t.lib.call('collaborators.archive', { id: person.id });
    await t.lib.call('projects.archive', { id: project.id });
    const archived = await search('bassoon ines');
    expect(archived.groups[0]!.hits[0]).toMatchObject({ id: person.id, archived: true });
    expect((await search('suite')).groups[0]!.hits[0]).toMatchObject({ id: project.id, archived: true });
    await t.lib.call('projects.restore', { id: project.id });
    expect((await search('suite')).groups[0]!.hits[0]).toMatchObject({ archived: false });
  });

  it("finds a lesson by its practice items' text, following every change to the list", async () => {
    const lesson = await t.lib.call('lessons.create', {
      collaboratorId: t.sam.id,
      topics: 'Scales',
      practice: [{ text: 'Arpeggios in Eb' }],
    });
    expect(ids(await search('arpeggio'))).toEqual([lesson.id]);
    const hit = (await search('arpeggio')).groups[0]!.hits[0]!;
    expect(hit.snippet).toEqual({ text: 'Arpeggios in Eb', marks: [[0, 8]] });
    await t.lib.call('lessons.update', { id: lesson.id, practice: [{ text: 'Legato thirds' }] });
    expect(ids(await search('arpeggio'))).toEqual([]);
    expect(ids(await search('legato'))).toEqual([lesson.id]);
  });

  it('finds help once, and feedback and lessons through their entry, never through their ledger rows', async () => {
    const feedback = await create('feedback', 'tremolo');
    const help = await create('help', 'tremolo');
    const result = await search('tremolo');
    expect(result.groups.map((group) => [group.kind, ids(result, group.kind)])).toEqual([
      ['feedback', [feedback]],
      ['help', [help]],
    ]);
    const docs = t.lib.db.prepare('SELECT count(*) FROM search_docs').pluck().get();
    // Two people, a project and the two entries; the feedback's ledger row has no document.
    expect(docs).toBe(5);
  });

  it('indexes rows written with plain SQL, not only through the API', async () => {
    const id = randomUUID();
    t.lib.db
      .prepare(
        `INSERT INTO requests (id, asked_by, collaborator_id, what, date_asked, created_at, updated_at)
         VALUES (?, 'them', ?, 'A xylophone part', '2026-03-02', 't', 't')`,
      )
      .run(id, t.lee.id);
    expect(ids(await search('xylo'))).toEqual([id]);
    t.lib.db.prepare("UPDATE requests SET deleted_at = 't' WHERE id = ?").run(id);
    expect(ids(await search('xylo'))).toEqual([]);
    t.lib.db.prepare('UPDATE requests SET deleted_at = NULL WHERE id = ?').run(id);
    t.lib.db.prepare('DELETE FROM requests WHERE id = ?').run(id);
    expect(ids(await search('xylo'))).toEqual([]);
    expect(t.lib.db.prepare('SELECT count(*) FROM search_docs WHERE entry_id = ?').pluck().get(id)).toBe(0);
  });

  it('gives the hit what the list shows: day, person, project', async () => {
    await t.lib.call('requests.create', { askedBy: 'me', collaboratorId: t.lee.id, what: 'Cello lines', projectId: t.album.id, dateAsked: '2026-03-04' });
    expect((await search('cello')).groups[0]!.hits[0]).toMatchObject({
      kind: 'request',
      date: '2026-03-04',
      personName: 'Lee',
      projectTitle: 'Night Album',
      archived: false,
    });
  });

  it('reads query syntax typed by a person as plain words', async () => {
    await t.lib.call('collaborators.create', { name: 'Near Orr', notes: 'and not "quoted" col:on' });
    for (const text of ['near', 'NEAR', 'orr', 'OR', '"quoted"', '"quo', 'col:on', 'near*', '-near', '(near)', '^near', 'near AND orr']) {
      const found = await t.lib.raw('search.query', { text });
      expect(found.ok, text).toBe(true);
    }
    expect(ids(await search('"quoted'))).toHaveLength(1);
    expect(ids(await search('NEAR(orr)'))).toHaveLength(1);
    expect(ids(await search('col:on'))).toHaveLength(1);
    expect(await search('*')).toEqual({ terms: [], groups: [] });
    expect(await search('   ')).toEqual({ terms: [], groups: [] });
  });

  it('never fails on any text at all', async () => {
    await t.lib.call('collaborators.create', { name: 'Zoë "Z" O\'Neil', notes: 'NEAR(a b) * - ^ : () AND OR NOT' });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const result = searchLibrary(t.lib.db, { text, limit: 5 });
        expect(Array.isArray(result.groups)).toBe(true);
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('"', '*', 'NEAR', '-', 'AND', 'OR', 'NOT', '(', ')', '^', ':', 'zo', 'ë', ' ', '\u0301', '\uE000', '{', '}', '+', "'"), { maxLength: 12 }),
        (pieces) => {
          expect(() => searchLibrary(t.lib.db, { text: pieces.join(''), limit: 5 })).not.toThrow();
        },
      ),
      { numRuns: 400 },
    );
  });
});
