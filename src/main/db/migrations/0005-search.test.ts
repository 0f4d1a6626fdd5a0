import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchKind } from '../../../shared/contract/search';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../open';
import { searchLibrary } from '../searchRepository';
import { matchExpression, searchTerms } from '../searchText';
import { openLibraryFile, updateToVersion } from './testing';
import { schema2Library, seedLibrary } from './schema2Library.testing';

let dataDir: string;
let files = 0;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-0005-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/**
 * The oracle, written out here rather than taken from the migration: which rows of a library
 * must be found, and the text they must be found by.
 */
const EXPECTED: Record<SearchKind, string> = {
  feedback: `SELECT id, piece || ' ' || body || ' ' || anchor_text || ' ' || decline_reason AS text FROM feedback WHERE deleted_at IS NULL`,
  lesson: `SELECT id, topics || ' ' || takeaways || ' ' || coalesce((SELECT group_concat(text, ' ') FROM practice_items WHERE lesson_id = l.id), '') AS text
           FROM lessons l WHERE deleted_at IS NULL`,
  help: `SELECT id, note AS text FROM exchanges WHERE source = 'help' AND deleted_at IS NULL`,
  request: `SELECT id, what || ' ' || note AS text FROM requests WHERE deleted_at IS NULL`,
  person: `SELECT id, name || ' ' || notes AS text FROM collaborators`,
  project: `SELECT id, title || ' ' || description AS text FROM projects`,
};

/** Every live row has exactly one document, found by each of its words; nothing else has one. */
function expectIndexed(db: Database.Database): void {
  let expectedDocs = 0;
  const findsRow = db
    .prepare('SELECT count(*) FROM search_docs d JOIN search_index i ON i.rowid = d.doc WHERE d.entry_id = ? AND search_index MATCH ?')
    .pluck();
  for (const [kind, sql] of Object.entries(EXPECTED) as [SearchKind, string][]) {
    const rows = db.prepare(sql).all() as { id: string; text: string }[];
    expectedDocs += rows.length;
    for (const row of rows) {
      for (const word of searchTerms(row.text)) {
        const found = findsRow.get(row.id, matchExpression([word]));
        expect(found, `${kind} ${row.id} by "${word}"`).toBe(1);
      }
      const [word] = searchTerms(row.text);
      if (word !== undefined && rows.length < 50) {
        const hits = searchLibrary(db, { text: word, kinds: [kind], limit: 50 }).groups[0]?.hits.map((hit) => hit.id) ?? [];
        expect(hits, `${kind} ${row.id} by "${word}"`).toContain(row.id);
      }
    }
  }
  expect(db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(expectedDocs);
  db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)").run();
}

describe('migration 0005 (full-text search)', () => {
  it('indexes every live entry, person and project of any earlier library, and nothing deleted', () => {
    fc.assert(
      fc.property(schema2Library, (library) => {
        const db = openLibraryFile(path.join(dataDir, `library-${files++}.sqlite3`));
        db.pragma('synchronous = OFF');
        try {
          updateToVersion(db, 3);
          seedLibrary(db, library);
          updateToVersion(db, 5);
          expectIndexed(db);
        } finally {
          db.close();
        }
      }),
      { numRuns: 25 },
    );
  });

  it('indexes the real schema-3 library when it opens, and keeps it right through later writes', () => {
    const fixture = fileURLToPath(new URL('../../../../tests/fixtures/library-schema-3/', import.meta.url));
    for (const name of [DATABASE_FILE, `${DATABASE_FILE}-wal`]) {
      if (fs.existsSync(path.join(fixture, name))) fs.copyFileSync(path.join(fixture, name), path.join(dataDir, name));
    }
    const db = openDatabase(dataDir);
    try {
      expect(db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBeGreaterThan(5);
      expectIndexed(db);
      db.prepare("UPDATE feedback SET deleted_at = 'now' WHERE rowid = (SELECT min(rowid) FROM feedback WHERE deleted_at IS NULL)").run();
      db.prepare("UPDATE lessons SET deleted_at = NULL, topics = topics || ' restored' WHERE deleted_at IS NOT NULL").run();
      db.prepare("UPDATE practice_items SET text = text || ' again'").run();
      db.prepare("UPDATE collaborators SET archived_at = 'now', notes = 'archived now'").run();
      expectIndexed(db);
    } finally {
      closeDatabase(db);
    }
  });
});
