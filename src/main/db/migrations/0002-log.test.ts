import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCollaborator } from '../collaboratorRepository';
import { insertFeedback } from '../feedbackRepository';
import { syncFeedbackExchange } from '../ledger';
import { closeDatabase, DATABASE_FILE, openDatabase } from '../open';
import { insertMember, insertProject } from '../projectRepository';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from './index';

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-0002-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const AT = '2026-02-01T10:00:00.000Z';

/** A library as the foundation release left it: schema 1 with people, projects and members. */
function foundationLibrary() {
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 1));
  const sam = insertCollaborator(db, { name: 'Sam', kind: 'person', roles: ['mentor', 'critic'], notes: 'Guitar' }, AT);
  const band = insertCollaborator(db, { name: 'The Band', kind: 'group', roles: ['co-creator'], notes: '' }, AT);
  const album = insertProject(
    db,
    { title: 'Night Album', medium: 'music', status: 'active', startDate: '2025-09-01', endDate: null, description: 'LP' },
    AT,
  );
  insertMember(db, album, sam, 'producer', AT);
  insertMember(db, album, band, '', AT);
  db.prepare('UPDATE collaborators SET archived_at = ? WHERE id = ?').run(AT, band);
  const snapshot = dump(db);
  expect(schemaVersion(db)).toBe(1);
  db.close();
  return { sam, band, album, snapshot };
}

const FOUNDATION_TABLES = ['projects', 'collaborators', 'collaborator_roles', 'project_members'];
const dump = (db: Database.Database) =>
  Object.fromEntries(FOUNDATION_TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()]));

describe('migration 0002 (the log)', () => {
  it('upgrades a foundation library without losing or changing a row', () => {
    const { sam, album, snapshot } = foundationLibrary();
    const db = openDatabase(dataDir);
    try {
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
      expect(dump(db)).toEqual(snapshot);
      const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
        (row) => row.name,
      );
      expect(tables).toEqual(expect.arrayContaining(['feedback', 'sessions', 'practice_items', 'needs', 'exchanges']));
      expect(db.pragma('foreign_key_check')).toEqual([]);

      // The upgraded library takes log entries about the people and projects it already had.
      const id = insertFeedback(
        db,
        {
          direction: 'received',
          collaboratorId: sam,
          projectId: album,
          piece: '',
          anchor: { kind: 'time', startSec: 83, endSec: 100 },
          kind: 'critique',
          body: 'Tighten the intro',
          date: '2026-02-02',
          status: 'open',
          statusDate: null,
          declineReason: '',
          benefitOverride: null,
          weightOverride: null,
        },
        AT,
      );
      syncFeedbackExchange(db, id, AT);
      expect(db.prepare('SELECT collaborator_id, direction, benefit, weight FROM exchanges').all()).toEqual([
        { collaborator_id: sam, direction: 'received', benefit: 'perspective', weight: 2 },
      ]);
    } finally {
      closeDatabase(db);
    }
    // Re-opening an up-to-date library changes nothing.
    const again = openDatabase(dataDir);
    expect(schemaVersion(again)).toBe(LATEST_SCHEMA_VERSION);
    expect(dump(again)).toEqual(snapshot);
    closeDatabase(again);
  });

  describe('constraints, as a last line behind the handlers', () => {
    let db: Database.Database;
    let sam: string;
    beforeEach(() => {
      db = openDatabase(dataDir);
      sam = insertCollaborator(db, { name: 'Sam', kind: 'person', roles: [], notes: '' }, AT);
    });
    afterEach(() => closeDatabase(db));

    const feedbackRow = (overrides: Record<string, unknown>) => ({
      id: randomUUID(),
      direction: 'received',
      collaborator_id: sam,
      kind: 'critique',
      body: 'x',
      date: '2026-01-01',
      status: 'open',
      status_date: null,
      decline_reason: '',
      anchor_kind: 'none',
      anchor_start_sec: null,
      anchor_end_sec: null,
      ...overrides,
    });
    const insertRow = (row: Record<string, unknown>) =>
      db
        .prepare(
          `INSERT INTO feedback (id, direction, collaborator_id, kind, body, date, status, status_date, decline_reason,
             anchor_kind, anchor_start_sec, anchor_end_sec, created_at, updated_at)
           VALUES (@id, @direction, @collaborator_id, @kind, @body, @date, @status, @status_date, @decline_reason,
             @anchor_kind, @anchor_start_sec, @anchor_end_sec, '${AT}', '${AT}')`,
        )
        .run(row);

    it.each([
      ['a declined entry without a reason', { status: 'declined', status_date: '2026-01-02' }],
      ['a settled entry without a status date', { status: 'applied' }],
      ['an open entry with a status date', { status_date: '2026-01-02' }],
      ['a backwards time range', { anchor_kind: 'time', anchor_start_sec: 100, anchor_end_sec: 83 }],
      ['a time anchor without a start', { anchor_kind: 'time' }],
      ['an unknown person', { collaborator_id: '00000000-0000-4000-8000-000000000000' }],
      ['an unknown kind', { kind: 'praise' }],
    ])('refuses %s', (_name, overrides) => {
      expect(() => insertRow(feedbackRow(overrides))).toThrow(/constraint/i);
    });

    it('refuses a help row whose source id is not its own, and a second row for one source and direction', () => {
      const insertExchange = db.prepare(
        `INSERT INTO exchanges (id, source, source_id, collaborator_id, direction, benefit, weight, initiated_by, date,
           created_at, updated_at)
         VALUES (?, ?, ?, ?, 'given', 'growth', 2, 'me', '2026-01-01', '${AT}', '${AT}')`,
      );
      const id = randomUUID();
      expect(() => insertExchange.run(id, 'help', randomUUID(), sam)).toThrow(/constraint/i);
      const source = randomUUID();
      insertExchange.run(randomUUID(), 'session', source, sam);
      expect(() => insertExchange.run(randomUUID(), 'session', source, sam)).toThrow(/UNIQUE/);
    });

    it('refuses a pending request with a resolution date and one resolved before it was asked', () => {
      const insertNeed = db.prepare(
        `INSERT INTO needs (id, asked_by, collaborator_id, what, date_asked, outcome, date_resolved, created_at, updated_at)
         VALUES (?, 'me', ?, 'x', '2026-01-05', ?, ?, '${AT}', '${AT}')`,
      );
      expect(() => insertNeed.run(randomUUID(), sam, 'pending', '2026-01-06')).toThrow(/constraint/i);
      expect(() => insertNeed.run(randomUUID(), sam, 'met', '2026-01-04')).toThrow(/constraint/i);
      expect(() => insertNeed.run(randomUUID(), sam, 'met', null)).toThrow(/constraint/i);
    });

    it('serves the lists and timelines newest first from an index, not a scan', () => {
      const plan = (sql: string) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' | ');
      const keyset = "(date, created_at, id) < ('2026-01-01', 'x', 'y') ORDER BY date DESC, created_at DESC, id DESC LIMIT 50";
      expect(plan(`SELECT * FROM feedback WHERE collaborator_id = 'a' AND deleted_at IS NULL AND ${keyset}`)).toMatch(
        /USING INDEX feedback_by_collaborator/,
      );
      expect(plan(`SELECT * FROM sessions WHERE project_id = 'a' AND deleted_at IS NULL AND ${keyset}`)).toMatch(
        /USING INDEX sessions_by_project/,
      );
      expect(
        plan(`SELECT * FROM exchanges WHERE collaborator_id = 'a' AND source = 'help' AND deleted_at IS NULL AND ${keyset}`),
      ).toMatch(/USING INDEX exchanges_help_by_collaborator/);
      expect(plan(`SELECT * FROM exchanges WHERE deleted_at IS NULL AND ${keyset}`)).toMatch(/USING INDEX exchanges_by_date/);
      expect(
        plan(
          `SELECT * FROM needs WHERE collaborator_id = 'a' AND deleted_at IS NULL
             AND (date_asked, created_at, id) < ('2026-01-01', 'x', 'y')
           ORDER BY date_asked DESC, created_at DESC, id DESC LIMIT 50`,
        ),
      ).toMatch(/USING INDEX needs_by_collaborator/);
      for (const detail of [plan(`SELECT * FROM feedback WHERE deleted_at IS NULL AND ${keyset}`)]) {
        expect(detail).not.toMatch(/TEMP B-TREE/);
      }
    });
  });
});
