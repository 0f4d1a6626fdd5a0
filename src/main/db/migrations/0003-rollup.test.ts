import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BENEFITS } from '../../../shared/entities/exchange';
import { seededRandom, type Random } from '../../sample/random';
import { logLibrary } from '../../testing/logFixtures';
import { insertCollaborator } from '../collaboratorRepository';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../open';
import { MIGRATIONS, migrate, schemaVersion } from './index';

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-0003-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const AT = '2026-02-01T10:00:00.000Z';

/** The rollup as stored, and what a from-scratch GROUP BY of the live ledger says it should be. */
const rollup = (db: Database.Database) =>
  db
    .prepare('SELECT collaborator_id, month, direction, benefit, weight_sum, entry_count FROM exchange_months ORDER BY 1, 2, 3, 4')
    .all();
const fromScratch = (db: Database.Database) =>
  db
    .prepare(
      `SELECT collaborator_id, substr(date, 1, 7) AS month, direction, benefit, sum(weight) AS weight_sum, count(*) AS entry_count
       FROM exchanges WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all();

const DATES = ['2025-11-30', '2025-12-01', '2025-12-31', '2026-01-15', '2026-02-01', '2026-02-28'];

/** One random write to the ledger, of the kinds every code path makes (help rows and derived rows alike). */
function randomWrite(db: Database.Database, random: Random, people: readonly string[]): void {
  const ids = (db.prepare('SELECT id FROM exchanges').pluck().all() as string[]).sort();
  const target = ids.length > 0 ? random.pick(ids) : null;
  // Inserts outweigh hard deletes, so the ledger grows and the later steps edit a fuller rollup.
  const choice = target === null || random.chance(0.3) ? 0 : random.int(1, 6);
  const direction = random.pick(['given', 'received'] as const);
  switch (choice) {
    case 0: {
      // Ids from the seeded generator, so a failing sequence repeats.
      const id = random.uuid();
      db.prepare(
        `INSERT INTO exchanges (id, source, source_id, collaborator_id, direction, benefit, weight, initiated_by, date, created_at, updated_at, deleted_at)
         VALUES (?, 'help', ?, ?, ?, ?, ?, 'me', ?, ?, ?, ?)`,
      ).run(id, id, random.pick(people), direction, random.pick(BENEFITS), random.int(1, 3), random.pick(DATES), AT, AT, random.chance(0.2) ? AT : null);
      return;
    }
    case 1:
      db.prepare('UPDATE exchanges SET weight = ? WHERE id = ?').run(random.int(1, 3), target);
      return;
    case 2:
      db.prepare('UPDATE exchanges SET date = ?, benefit = ? WHERE id = ?').run(random.pick(DATES), random.pick(BENEFITS), target);
      return;
    case 3:
      db.prepare('UPDATE exchanges SET collaborator_id = ?, direction = ? WHERE id = ?').run(random.pick(people), direction, target);
      return;
    case 4:
      db.prepare('UPDATE exchanges SET deleted_at = ? WHERE id = ?').run(AT, target);
      return;
    case 5:
      db.prepare('UPDATE exchanges SET deleted_at = NULL, weight = ? WHERE id = ?').run(random.int(1, 3), target);
      return;
    default:
      db.prepare('DELETE FROM exchanges WHERE id = ?').run(target);
  }
}

describe('migration 0003 (the monthly exchange rollup)', () => {
  it('equals a GROUP BY of the live ledger after every one of 600 random inserts, edits, deletes and restores', () => {
    const db = openDatabase(dataDir);
    // Durability is not under test; a sync per write would only slow the 600 steps down.
    db.pragma('synchronous = OFF');
    try {
      const people = [1, 2, 3].map((n) => insertCollaborator(db, { name: `P${n}`, kind: 'person', roles: [], notes: '' }, AT));
      for (const seed of [1, 2, 3]) {
        const random = seededRandom(seed);
        for (let step = 0; step < 200; step++) {
          randomWrite(db, random, people);
          expect(rollup(db), `seed ${seed}, step ${step}`).toEqual(fromScratch(db));
        }
      }
      // The loop must have left live rows and removed cells, or it proved little.
      expect(rollup(db).length).toBeGreaterThan(10);
      expect((db.prepare('SELECT count(*) FROM exchanges WHERE deleted_at IS NOT NULL').pluck().get() as number)).toBeGreaterThan(0);
    } finally {
      closeDatabase(db);
    }
  });

  it('rolls back with the write that changed it', () => {
    const db = openDatabase(dataDir);
    try {
      const person = insertCollaborator(db, { name: 'P', kind: 'person', roles: [], notes: '' }, AT);
      const insert = db.prepare(
        `INSERT INTO exchanges (id, source, source_id, collaborator_id, direction, benefit, weight, initiated_by, date, created_at, updated_at)
         VALUES (?, 'help', ?, ?, 'given', 'growth', 2, 'me', '2026-01-10', ?, ?)`,
      );
      const id = randomUUID();
      insert.run(id, id, person, AT, AT);
      expect(() =>
        db.transaction(() => {
          db.prepare('UPDATE exchanges SET weight = 3 WHERE id = ?').run(id);
          insert.run(id, id, person, AT, AT);
        })(),
      ).toThrow(/UNIQUE/);
      expect(rollup(db)).toEqual([
        { collaborator_id: person, month: '2026-01', direction: 'given', benefit: 'growth', weight_sum: 2, entry_count: 1 },
      ]);
    } finally {
      closeDatabase(db);
    }
  });

  it('follows feedback and lessons through the API: create, edit, delete and restore', async () => {
    const { lib, sam, lee } = await logLibrary();
    try {
      const feedback = await lib.call('feedback.create', { direction: 'received', collaboratorId: sam.id, kind: 'critique', body: 'Tighter intro', date: '2026-01-20' });
      const lesson = await lib.call('lessons.create', { collaboratorId: lee.id, userRole: 'peers', date: '2026-02-03', durationMin: 100, topics: 'Voicings' });
      expect(rollup(lib.db)).toEqual(fromScratch(lib.db));
      expect(rollup(lib.db)).toHaveLength(3);
      await lib.call('feedback.update', { id: feedback.id, date: '2026-03-01', weightOverride: 3 });
      await lib.call('lessons.update', { id: lesson.id, userRole: 'learner' });
      expect(rollup(lib.db)).toEqual(fromScratch(lib.db));
      await lib.call('feedback.delete', { id: feedback.id });
      expect(rollup(lib.db)).toEqual(fromScratch(lib.db));
      expect(rollup(lib.db)).toHaveLength(1);
      await lib.call('feedback.restore', { id: feedback.id });
      await lib.call('lessons.delete', { id: lesson.id });
      expect(rollup(lib.db)).toEqual([
        { collaborator_id: sam.id, month: '2026-03', direction: 'received', benefit: 'perspective', weight_sum: 3, entry_count: 1 },
      ]);
    } finally {
      lib.cleanup();
    }
  });

  it('takes the ledger upsert of a restore into a cell that already exists', async () => {
    const { lib, lee } = await logLibrary();
    try {
      const lesson = () => lib.call('lessons.create', { collaboratorId: lee.id, userRole: 'learner', date: '2026-02-03', durationMin: 30, topics: 'x' });
      const first = await lesson();
      await lib.call('lessons.delete', { id: first.id });
      await lesson();
      await lib.call('lessons.restore', { id: first.id });
      expect(rollup(lib.db)).toEqual([
        { collaborator_id: lee.id, month: '2026-02', direction: 'received', benefit: 'knowledge', weight_sum: 2, entry_count: 2 },
      ]);
      await lib.call('lessons.delete', { id: first.id });
      expect(rollup(lib.db)).toEqual(fromScratch(lib.db));
      expect(rollup(lib.db)).toHaveLength(1);
    } finally {
      lib.cleanup();
    }
  });

  it('is filled from the ledger already there when a schema-2 library is upgraded', () => {
    const file = path.join(dataDir, DATABASE_FILE);
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 2));
    const person = insertCollaborator(old, { name: 'P', kind: 'person', roles: [], notes: '' }, AT);
    const insert = old.prepare(
      `INSERT INTO exchanges (id, source, source_id, collaborator_id, direction, benefit, weight, initiated_by, date, created_at, updated_at, deleted_at)
       VALUES (?, 'help', ?, ?, ?, 'knowledge', ?, 'me', ?, ?, ?, ?)`,
    );
    for (const [direction, weight, date, deletedAt] of [
      ['given', 1, '2026-01-02', null],
      ['given', 3, '2026-01-30', null],
      ['received', 2, '2026-01-30', null],
      ['received', 3, '2026-02-01', AT],
    ] as const) {
      const id = randomUUID();
      insert.run(id, id, person, direction, weight, date, AT, AT, deletedAt);
    }
    old.close();
    const db = openDatabase(dataDir);
    try {
      expect(schemaVersion(db)).toBeGreaterThanOrEqual(3);
      expect(rollup(db)).toEqual([
        { collaborator_id: person, month: '2026-01', direction: 'given', benefit: 'knowledge', weight_sum: 4, entry_count: 2 },
        { collaborator_id: person, month: '2026-01', direction: 'received', benefit: 'knowledge', weight_sum: 2, entry_count: 1 },
      ]);
    } finally {
      closeDatabase(db);
    }
  });
});
