import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from './index';
import { dumpTables, exchangeMonths as rollup, exchangeMonthsFromLedger as fromScratch, feedbackExchange, insertData, LEDGER_UPSERT, openLibraryFile, sessionExchanges, updateToVersion, type Row } from './testing';
import { schema2Library, seedLibrary } from './schema2Library.testing';

let dataDir: string;
let files = 0;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-0003-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** A fresh library file in this test's directory, foreign keys on as the app has them. */
const newLibrary = () => openLibraryFile(path.join(dataDir, `library-${files++}.sqlite3`));

const AT = '2026-02-01T10:00:00.000Z';
const BENEFITS = ['knowledge', 'perspective', 'growth'] as const;
const DATES = ['2025-11-30', '2025-12-01', '2025-12-31', '2026-01-15', '2026-02-01', '2026-02-28'];
const person = (id: string): Row => ({ id, name: id, kind: 'person', created_at: AT, updated_at: AT });

const EDITS = ['weight', 'date and benefit', 'person and direction', 'soft delete', 'restore', 'delete'] as const;

/** One write to the ledger, of the kinds every code path makes (help rows and derived rows alike). */
const ledgerWrite = fc.record({
  // Inserts outweigh hard deletes, so the ledger grows and the later steps edit a fuller rollup.
  kind: fc.oneof(
    { weight: 18, arbitrary: fc.constant('insert' as const) },
    ...EDITS.map((kind) => ({ weight: 7, arbitrary: fc.constant(kind) })),
  ),
  target: fc.nat(),
  id: fc.uuid(),
  person: fc.nat(),
  direction: fc.constantFrom('given', 'received'),
  benefit: fc.constantFrom(...BENEFITS),
  weight: fc.integer({ min: 1, max: 3 }),
  date: fc.constantFrom(...DATES),
  deleted: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});
type LedgerWrite = typeof ledgerWrite extends fc.Arbitrary<infer T> ? T : never;

function applyWrite(db: Database.Database, step: LedgerWrite, people: readonly string[]): void {
  const ids = db.prepare('SELECT id FROM exchanges ORDER BY id').pluck().all() as string[];
  const target = ids[step.target % Math.max(ids.length, 1)];
  const who = people[step.person % people.length];
  switch (target === undefined ? 'insert' : step.kind) {
    case 'insert':
      // fast-check's uuids repeat often (it biases towards small values): a repeated one gets a
      // suffix, so that every insert inserts and the ledger really grows (UNIQUE is not under test).
      if (ids.includes(step.id)) step = { ...step, id: `${step.id}-${ids.length}` };
      db.prepare(
        `INSERT INTO exchanges (id, source, source_id, collaborator_id, direction, benefit, weight, initiated_by, date, created_at, updated_at, deleted_at)
         VALUES (?, 'help', ?, ?, ?, ?, ?, 'me', ?, ?, ?, ?)`,
      ).run(step.id, step.id, who, step.direction, step.benefit, step.weight, step.date, AT, AT, step.deleted ? AT : null);
      return;
    case 'weight':
      db.prepare('UPDATE exchanges SET weight = ? WHERE id = ?').run(step.weight, target);
      return;
    case 'date and benefit':
      db.prepare('UPDATE exchanges SET date = ?, benefit = ? WHERE id = ?').run(step.date, step.benefit, target);
      return;
    case 'person and direction':
      db.prepare('UPDATE exchanges SET collaborator_id = ?, direction = ? WHERE id = ?').run(who, step.direction, target);
      return;
    case 'soft delete':
      db.prepare('UPDATE exchanges SET deleted_at = ? WHERE id = ?').run(AT, target);
      return;
    case 'restore':
      db.prepare('UPDATE exchanges SET deleted_at = NULL, weight = ? WHERE id = ?').run(step.weight, target);
      return;
    case 'delete':
      db.prepare('DELETE FROM exchanges WHERE id = ?').run(target);
  }
}

/**
 * A write of a feedback entry or session and its ledger rows in one transaction, as the schema-3
 * release made it: change the source row, drop the rows for directions it no longer has, upsert the
 * rest (src/main/db/ledger.ts at that release, with the rules frozen in ./testing).
 */
function writeEntry(db: Database.Database, table: 'feedback' | 'sessions', id: string, change: (db: Database.Database) => void) {
  db.transaction(() => {
    change(db);
    const entry = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Row;
    const derived = table === 'feedback' ? [feedbackExchange(entry)] : sessionExchanges(entry);
    db.prepare(
      `DELETE FROM exchanges WHERE source = ? AND source_id = ? AND direction NOT IN (SELECT value FROM json_each(?))`,
    ).run(table === 'feedback' ? 'feedback' : 'session', id, JSON.stringify(derived.map((row) => row.direction)));
    // A fresh id each time, as the ledger's randomUUID: only a new row keeps it.
    for (const row of derived) db.prepare(LEDGER_UPSERT).run({ ...row, id: `${String(row.id)}-${files++}` });
  })();
}
const update = (table: string, id: string, set: Row) => (db: Database.Database) =>
  db
    .prepare(`UPDATE ${table} SET ${Object.keys(set).map((column) => `${column} = @${column}`).join(', ')} WHERE id = @id`)
    .run({ ...set, id });

const SAM = 'c-sam';
const LEE = 'c-lee';

describe('migration 0003 (the monthly exchange rollup)', () => {
  it('equals a GROUP BY of the live ledger after every one of 600 random inserts, edits, deletes and restores', () => {
    fc.assert(
      fc.property(fc.array(ledgerWrite, { minLength: 200, maxLength: 200 }), (steps) => {
        const db = newLibrary();
        // Durability is not under test; a sync per write would only slow the steps down.
        db.pragma('synchronous = OFF');
        try {
          updateToVersion(db, 3);
          const people = ['p1', 'p2', 'p3'];
          insertData(db, 'collaborators', people.map(person));
          steps.forEach((step, index) => {
            applyWrite(db, step, people);
            expect(rollup(db), `step ${index}`).toEqual(fromScratch(db));
          });
          // The steps must have left live rows and removed cells, or they proved little.
          expect(rollup(db).length).toBeGreaterThan(10);
          expect(db.prepare('SELECT count(*) FROM exchanges WHERE deleted_at IS NOT NULL').pluck().get() as number).toBeGreaterThan(0);
        } finally {
          db.close();
        }
      }),
      { numRuns: 3 },
    );
  });

  it('rolls back with the write that changed it', () => {
    const db = newLibrary();
    try {
      updateToVersion(db, 3);
      insertData(db, 'collaborators', [person('p')]);
      const insert = db.prepare(
        `INSERT INTO exchanges (id, source, source_id, collaborator_id, direction, benefit, weight, initiated_by, date, created_at, updated_at)
         VALUES (?, 'help', ?, 'p', 'given', 'growth', 2, 'me', '2026-01-10', ?, ?)`,
      );
      insert.run('h1', 'h1', AT, AT);
      expect(() =>
        db.transaction(() => {
          db.prepare("UPDATE exchanges SET weight = 3 WHERE id = 'h1'").run();
          insert.run('h1', 'h1', AT, AT);
        })(),
      ).toThrow(/UNIQUE/);
      expect(rollup(db)).toEqual([
        { collaborator_id: 'p', month: '2026-01', direction: 'given', benefit: 'growth', weight_sum: 2, entry_count: 1 },
      ]);
    } finally {
      db.close();
    }
  });

  describe('follows the ledger as the schema-3 release wrote it', () => {
    let db: Database.Database;
    beforeEach(() => {
      db = newLibrary();
      updateToVersion(db, 3);
      insertData(db, 'collaborators', [person(SAM), person(LEE)]);
    });
    afterEach(() => db.close());

    const createFeedback = (id: string, row: Row) =>
      writeEntry(db, 'feedback', id, (target) => insertData(target, 'feedback', [{ id, created_at: AT, updated_at: AT, ...row }]));
    const createSession = (id: string, row: Row) =>
      writeEntry(db, 'sessions', id, (target) => insertData(target, 'sessions', [{ id, created_at: AT, updated_at: AT, ...row }]));

    it('through feedback and lessons: create, edit, delete and restore', () => {
      createFeedback('f1', { direction: 'received', collaborator_id: SAM, kind: 'critique', body: 'Tighter intro', date: '2026-01-20' });
      createSession('s1', { collaborator_id: LEE, user_role: 'peers', date: '2026-02-03', duration_min: 100, topics: 'Voicings' });
      expect(rollup(db)).toEqual(fromScratch(db));
      expect(rollup(db)).toHaveLength(3);
      writeEntry(db, 'feedback', 'f1', update('feedback', 'f1', { date: '2026-03-01', weight_override: 3 }));
      writeEntry(db, 'sessions', 's1', update('sessions', 's1', { user_role: 'learner' }));
      expect(rollup(db)).toEqual(fromScratch(db));
      writeEntry(db, 'feedback', 'f1', update('feedback', 'f1', { deleted_at: AT }));
      expect(rollup(db)).toEqual(fromScratch(db));
      expect(rollup(db)).toHaveLength(1);
      writeEntry(db, 'feedback', 'f1', update('feedback', 'f1', { deleted_at: null }));
      writeEntry(db, 'sessions', 's1', update('sessions', 's1', { deleted_at: AT }));
      expect(rollup(db)).toEqual([
        { collaborator_id: SAM, month: '2026-03', direction: 'received', benefit: 'perspective', weight_sum: 3, entry_count: 1 },
      ]);
    });

    it('takes the ledger upsert of a restore into a cell that already exists', () => {
      const lesson = { collaborator_id: LEE, user_role: 'learner', date: '2026-02-03', duration_min: 30, topics: 'x' };
      createSession('s1', lesson);
      writeEntry(db, 'sessions', 's1', update('sessions', 's1', { deleted_at: AT }));
      createSession('s2', lesson);
      writeEntry(db, 'sessions', 's1', update('sessions', 's1', { deleted_at: null }));
      expect(rollup(db)).toEqual([
        { collaborator_id: LEE, month: '2026-02', direction: 'received', benefit: 'knowledge', weight_sum: 2, entry_count: 2 },
      ]);
      writeEntry(db, 'sessions', 's1', update('sessions', 's1', { deleted_at: AT }));
      expect(rollup(db)).toEqual(fromScratch(db));
      expect(rollup(db)).toHaveLength(1);
    });
  });

  it('is filled from the ledger already there when a schema-2 library is upgraded', () => {
    const db = newLibrary();
    try {
      updateToVersion(db, 2);
      insertData(db, 'collaborators', [person('p')]);
      insertData(
        db,
        'exchanges',
        (
          [
            ['given', 1, '2026-01-02', null],
            ['given', 3, '2026-01-30', null],
            ['received', 2, '2026-01-30', null],
            ['received', 3, '2026-02-01', AT],
          ] as const
        ).map(([direction, weight, date, deletedAt], i) => ({
          id: `h${i}`,
          source: 'help',
          source_id: `h${i}`,
          collaborator_id: 'p',
          direction,
          benefit: 'knowledge',
          weight,
          initiated_by: 'me',
          date,
          created_at: AT,
          updated_at: AT,
          deleted_at: deletedAt,
        })),
      );
      updateToVersion(db, 3);
      expect(schemaVersion(db)).toBe(3);
      expect(rollup(db)).toEqual([
        { collaborator_id: 'p', month: '2026-01', direction: 'given', benefit: 'knowledge', weight_sum: 4, entry_count: 2 },
        { collaborator_id: 'p', month: '2026-01', direction: 'received', benefit: 'knowledge', weight_sum: 2, entry_count: 1 },
      ]);
    } finally {
      db.close();
    }
  });

  it('is filled to a GROUP BY of the live ledger for any schema-2 library, and keeps every row', () => {
    fc.assert(
      fc.property(schema2Library, (library) => {
        const db = newLibrary();
        db.pragma('synchronous = OFF');
        try {
          updateToVersion(db, 2);
          seedLibrary(db, library);
          const before = dumpTables(db);
          updateToVersion(db, 3);
          const { exchange_months: months, ...after } = dumpTables(db);
          expect(after).toEqual(before);
          expect(months).toEqual(fromScratch(db));
          expect(rollup(db)).toEqual(fromScratch(db));
          expect(db.pragma('foreign_key_check')).toEqual([]);
        } finally {
          db.close();
        }
      }),
      { numRuns: 40 },
    );
  });
});
