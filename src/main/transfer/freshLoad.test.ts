import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { derivedDataDifferences } from '../db/derivedCheck';
import { docCode, SEARCH_SOURCES } from '../db/migrations/0005-search';
import { COUNTED } from '../db/migrations/0009-entry-counts';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../db/open';
import { writeSampleLibrary } from '../sample/sampleLibrary';
import { tempLibrary } from '../testing/tempLibrary';
import { isEmptyLibrary } from './freshLoad';
import { applyImport } from './importLibrary';
import { exportText, TEST_SETTINGS } from './testing';

const libraries: ReturnType<typeof tempLibrary>[] = [];
afterEach(() => {
  for (const lib of libraries.splice(0)) lib.cleanup();
});
const library = () => {
  const lib = tempLibrary({ now: () => new Date('2026-03-15T12:00:00Z') });
  libraries.push(lib);
  return lib;
};
const AT = '2026-03-16T09:00:00.000Z';

/** The sample library written by the app's own calls, with entries in the bin and one restored. */
async function appWrittenLibrary() {
  const lib = library();
  await writeSampleLibrary(lib.db, { today: '2026-03-15', seed: 11 });
  const feedback = await lib.call('feedback.list', {});
  await lib.call('feedback.delete', { id: feedback.items[0]!.id });
  await lib.call('feedback.delete', { id: feedback.items[1]!.id });
  await lib.call('feedback.restore', { id: feedback.items[1]!.id });
  const lessons = await lib.call('lessons.list', {});
  await lib.call('lessons.delete', { id: lessons.items[0]!.id });
  return lib;
}

/** The derived ledger rows (their ids are random and their write time is the import's, so both are left out). */
const ledger = (db: Database.Database) =>
  db
    .prepare(
      `SELECT source, source_id, collaborator_id, project_id, direction, benefit, weight, initiated_by, date, note,
              created_at, deleted_at FROM exchanges ORDER BY source, source_id, direction`,
    )
    .all();
const rollup = (db: Database.Database) => db.prepare('SELECT * FROM exchange_months ORDER BY 1, 2, 3, 4').all();
/** What the rollup is by definition: the live ledger summed per person, month, direction and benefit. */
const rollupComputed = (db: Database.Database) =>
  db
    .prepare(
      `SELECT collaborator_id, substr(date, 1, 7) AS month, direction, benefit, sum(weight) AS weight_sum, count(*) AS entry_count
       FROM exchanges WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all();
/** Every word the search index holds, where: its document's kind and row, column and offset. */
function searchWords(db: Database.Database): string[] {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, search_index, instance)');
  const rows = db
    .prepare(
      `SELECT d.doc, d.entry_id AS entry, w.term, w.col, w.offset FROM temp.search_words w JOIN search_docs d ON d.doc = w.doc`,
    )
    .all() as { doc: number; entry: string; term: string; col: string; offset: number }[];
  return rows.map((row) => `${docCode(row.doc)} ${row.entry} ${row.col} ${row.offset} ${row.term}`).sort();
}
/** Every counter cell of the lists and timelines (migration 0009), table by table. */
const counters = (db: Database.Database) =>
  COUNTED.map((counted) => db.prepare(`SELECT * FROM ${counted.counts} ORDER BY 1, 2, 3, 4, 5, 6`).all());
/** The search index's settings: a load's own (how much FTS5 gathers in memory) must not outlive it. */
const searchSettings = (db: Database.Database) =>
  db.prepare(`SELECT k, v FROM search_index_config WHERE k != 'hashsize' OR v != ${1024 * 1024} ORDER BY k`).all();
const schema = (db: Database.Database) =>
  db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name`).all();

describe('an import into an empty library', () => {
  it('leaves the ledger, the rollup and the search index as the app’s own writes give them', async () => {
    const source = await appWrittenLibrary();
    await exportText(source.db, source.dataDir);
    const file = path.join(source.dataDir, 'export.json');

    const fresh = library();
    expect(isEmptyLibrary(fresh.db)).toBe(true);
    const schemaBefore = schema(fresh.db);
    applyImport(fresh.db, file, undefined, TEST_SETTINGS, AT);

    // The library the app wrote record by record (its triggers and ledger code) is the reference.
    expect(ledger(fresh.db)).toEqual(ledger(source.db));
    expect(rollup(fresh.db)).toEqual(rollup(source.db));
    expect(rollup(fresh.db)).toEqual(rollupComputed(fresh.db));
    expect(searchWords(fresh.db)).toEqual(searchWords(source.db));
    expect(counters(fresh.db)).toEqual(counters(source.db));
    // Every row written by a plain insert (no upsert in a fresh load): none is lost or doubled.
    for (const table of ['projects', 'collaborators', 'collaborator_roles', 'project_members', 'feedback', 'lessons', 'practice_items', 'requests', 'self_assessments']) {
      const rows = (db: Database.Database) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
      expect(rows(fresh.db), table).toEqual(rows(source.db));
    }
    expect(derivedDataDifferences(fresh.db)).toEqual([]);
    expect(searchSettings(fresh.db)).toEqual(searchSettings(source.db));
    expect(fresh.db.prepare(`SELECT count(*) AS n FROM exchanges WHERE updated_at IS NOT '${AT}' AND source != 'help'`).get()).toEqual({ n: 0 });

    // Indexes and triggers are all back, as migrated; the database and the search index are sound.
    expect(schema(fresh.db)).toEqual(schemaBefore);
    expect(fresh.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(fresh.db.pragma('foreign_key_check')).toEqual([]);
    fresh.db.exec(`INSERT INTO search_index (search_index) VALUES ('integrity-check')`);

    // The same import into a library that is not empty takes the record-by-record path (the
    // triggers number each document as it is written): the entries' documents get the same numbers.
    const written = library();
    await written.call('collaborators.create', { name: 'Someone already here' });
    expect(isEmptyLibrary(written.db)).toBe(false);
    applyImport(written.db, file, undefined, TEST_SETTINGS, AT);
    const entryDocs = (db: Database.Database) =>
      db
        .prepare('SELECT doc, entry_id FROM search_docs ORDER BY doc')
        .all()
        .filter((row) => SEARCH_SOURCES.find((s) => s.code === docCode((row as { doc: number }).doc))?.group !== 'person');
    expect(entryDocs(fresh.db)).toEqual(entryDocs(written.db));
    expect(ledger(written.db)).toEqual(ledger(fresh.db));
    expect(rollup(written.db)).toEqual(rollupComputed(written.db));

    // After the import the library works as any other: a search finds an imported entry.
    const lesson = source.db.prepare(`SELECT topics FROM lessons WHERE deleted_at IS NULL AND topics != '' LIMIT 1`).get() as {
      topics: string;
    };
    const found = await fresh.call('search.query', { text: lesson.topics });
    expect(JSON.stringify(found)).toContain(lesson.topics.split(/\s+/)[0]);
  });

  it('that fails lands nothing: the library is empty, with its indexes and triggers', async () => {
    const source = await appWrittenLibrary();
    const text = await exportText(source.db, source.dataDir);
    const document = JSON.parse(text) as { requests: { note: unknown }[] };
    document.requests[document.requests.length - 1]!.note = 42;
    const file = path.join(source.dataDir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(document));

    const fresh = library();
    const schemaBefore = schema(fresh.db);
    expect(() => applyImport(fresh.db, file, undefined, TEST_SETTINGS, AT)).toThrow(/requests record \d+ .*field "note"/);
    expect(isEmptyLibrary(fresh.db)).toBe(true);
    expect(schema(fresh.db)).toEqual(schemaBefore);
    expect(rollup(fresh.db)).toEqual([]);
  });

  it('killed before its commit lands nothing: the files a kill leaves open as the empty library', async () => {
    const source = await appWrittenLibrary();
    const text = await exportText(source.db, source.dataDir);
    const file = path.join(source.dataDir, 'export.json');
    fs.writeFileSync(file, text);
    const fresh = library();
    const schemaBefore = schema(fresh.db);
    const crashed = fs.mkdtempSync(path.join(fresh.dataDir, 'crashed-'));
    // The load's last step (the search index fill) is the moment: every row and index is written.
    // A tiny page cache makes SQLite spill those uncommitted pages into the WAL first, and the copy of
    // the files is what a kill there leaves on disk (a kill loses no written bytes, only the commit).
    const exec = fresh.db.exec.bind(fresh.db);
    let copied = false;
    fresh.db.exec = ((sql: string) => {
      if (!copied && sql.includes('INSERT INTO search_docs')) {
        fresh.db.pragma('cache_size = 1');
        exec(sql);
        for (const suffix of ['', '-wal', '-shm']) {
          const from = path.join(fresh.dataDir, `${DATABASE_FILE}${suffix}`);
          if (fs.existsSync(from)) fs.copyFileSync(from, path.join(crashed, `${DATABASE_FILE}${suffix}`));
        }
        copied = true;
        return fresh.db;
      }
      return exec(sql);
    }) as typeof fresh.db.exec;
    applyImport(fresh.db, file, undefined, TEST_SETTINGS, AT);
    expect(copied).toBe(true);
    // Uncommitted pages were on disk at the kill (more than the WAL header), so the check below can fail.
    expect(fs.statSync(path.join(crashed, `${DATABASE_FILE}-wal`)).size).toBeGreaterThan(32 * 1024);
    expect(isEmptyLibrary(fresh.db)).toBe(false);

    const after = openDatabase(crashed);
    try {
      expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(isEmptyLibrary(after)).toBe(true);
      expect(schema(after)).toEqual(schemaBefore);
    } finally {
      closeDatabase(after);
    }
  });
});
