import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MISSING_ID, logLibrary, type LogLibrary } from '../testing/logFixtures';
import fs from 'node:fs';
import { dumpTables, exportText } from '../transfer/testing';
import { newTransferFile } from '../transfer/transferFolder';

let log: LogLibrary;
beforeEach(async () => {
  log = await logLibrary();
});
afterEach(() => log.lib.cleanup());

const BROKEN = 'Contains a broken character (an unpaired surrogate); retype it';

describe('text is stored exactly as acknowledged', () => {
  it.each([
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', 'a\udc00b'],
    ['a pair in the wrong order', 'a\udc00\ud800b'],
    ['a surrogate at the end', 'Sam\ud83c'],
  ])('refuses a name with %s, naming the field, and writes nothing', async (_case, name) => {
    const before = dumpTables(log.lib.db);
    const error = await log.failure('collaborators.create', { name });
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues).toContainEqual({ path: 'name', message: BROKEN });
    expect(error.message).toBe(`name: ${BROKEN}`);
    expect(dumpTables(log.lib.db)).toEqual(before);
  });

  it('refuses broken text in every kind of field: updates, entries, anchors, practice, search, import choices', async () => {
    const cases: [string, unknown][] = [
      ['collaborators.update', { id: log.sam.id, notes: 'x\ud800' }],
      ['projects.create', { title: '\udfff', medium: 'music' }],
      ['projects.addMember', { projectId: log.album.id, collaboratorId: log.sam.id, role: 'mix\ud800' }],
      ['feedback.create', { direction: 'given', collaboratorId: log.sam.id, kind: 'critique', body: 'ok\ud800' }],
      ['feedback.create', { direction: 'given', collaboratorId: log.sam.id, kind: 'critique', body: 'ok', anchor: 'bar \ud800' }],
      ['lessons.create', { collaboratorId: log.sam.id, topics: 'scales', practice: [{ text: '\ud800' }] }],
      ['help.create', { direction: 'given', collaboratorId: log.sam.id, benefit: 'growth', note: '\ud800' }],
      ['requests.create', { askedBy: 'me', collaboratorId: log.sam.id, what: 'a\ud800' }],
      ['search.query', { text: 'Sam\ud800' }],
    ];
    const before = dumpTables(log.lib.db);
    for (const [method, input] of cases) {
      const error = await log.failure(method, input);
      expect(error.code, method).toBe('VALIDATION');
      expect(error.details?.issues?.map((issue) => issue.message), method).toContain(BROKEN);
    }
    // A record's key is checked too; zod words a bad key in its own way.
    const key = await log.failure('import.apply', { file: MISSING_ID, resolution: { records: { 'feedback:\ud800': 'keep-mine' } } });
    expect(key.details?.issues?.map((issue) => issue.path)).toEqual(['resolution.records.feedback:\ud800']);
    expect(dumpTables(log.lib.db)).toEqual(before);
  });

  it('counts a limit in characters, so a name of 120 emoji is taken and reads back unchanged', async () => {
    const name = '🎵'.repeat(120);
    const created = await log.lib.call('collaborators.create', { name });
    expect(created.name).toBe(name);
    expect((await log.lib.call('collaborators.get', { id: created.id })).collaborator.name).toBe(name);
    const error = await log.failure('collaborators.create', { name: `${name}🎵` });
    expect(error.details?.issues).toContainEqual({ path: 'name', message: 'Name must be at most 120 characters' });
  });

  it('refuses NUL in every text, and line breaks and other control characters in one-line fields', async () => {
    const refused: [string, unknown, string][] = [
      ['collaborators.create', { name: 'Sam\u0000' }, 'name'],
      ['collaborators.create', { name: 'Sam\nLee' }, 'name'],
      ['collaborators.create', { name: 'Sam\tLee' }, 'name'],
      ['collaborators.create', { name: 'Sam', notes: 'a\u0000b' }, 'notes'],
      ['collaborators.create', { name: 'Sam', notes: 'a\u001bb' }, 'notes'],
      ['projects.create', { title: 'A\u0007', medium: 'music' }, 'title'],
      ['search.query', { text: 'Sam\u0000' }, 'text'],
    ];
    const before = dumpTables(log.lib.db);
    for (const [method, input, path] of refused) {
      const error = await log.failure(method, input);
      expect(error.code, `${method} ${JSON.stringify(input)}`).toBe('VALIDATION');
      expect(error.details?.issues?.map((issue) => issue.path), JSON.stringify(input)).toContain(path);
    }
    expect(dumpTables(log.lib.db)).toEqual(before);
    // Several lines, tabs and right-to-left marks are ordinary text where a field holds paragraphs.
    const notes = 'first line\n\tsecond\r\nשלום \u200f(RTL)\u200e';
    const kept = await log.lib.call('collaborators.create', { name: 'Dana \u200fדנה', notes });
    expect((await log.lib.call('collaborators.get', { id: kept.id })).collaborator).toMatchObject({ name: 'Dana \u200fדנה', notes });
  });

  it('refuses an import document whose text has a broken character, naming the record, and imports nothing', async () => {
    // JSON can spell a lone surrogate as an escape; JSON.parse hands it over as one.
    const text = (await exportText(log.lib.db, log.lib.dataDir)).replace('"name":"Sam"', '"name":"Sam\\ud800"');
    expect(text).toContain('Sam\\ud800');
    const before = dumpTables(log.lib.db);
    for (const method of ['import.preview', 'import.apply']) {
      const { id, file } = newTransferFile(log.lib.dataDir, 'json');
      fs.writeFileSync(file, text);
      const error = await log.failure(method, { file: id });
      expect(error.code, method).toBe('VALIDATION');
      expect(error.details?.issues, method).toEqual([{ path: 'name', message: BROKEN }]);
      expect(error.details?.record, method).toMatchObject({ section: 'collaborators', id: log.sam.id });
    }
    expect(dumpTables(log.lib.db)).toEqual(before);
  });
});
