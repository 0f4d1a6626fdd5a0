import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from './index';
import { feedbackExchange, getTableData, insertData, openLibraryFile, sessionExchanges, tableNames, updateToVersion } from './testing';

let dataDir: string;
let file: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-0002-'));
  file = path.join(dataDir, 'library.sqlite3');
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const AT = '2026-02-01T10:00:00.000Z';
const SAM = 'c-sam';
const BAND = 'c-band';
const ALBUM = 'p-album';

/** A library as the foundation release left it: schema 1 with people, projects and members. */
function foundationLibrary() {
  const db = openLibraryFile(file);
  updateToVersion(db, 1);
  insertData(db, 'collaborators', [
    { id: SAM, name: 'Sam', kind: 'person', notes: 'Guitar', created_at: AT, updated_at: AT, archived_at: null },
    { id: BAND, name: 'The Band', kind: 'group', notes: '', created_at: AT, updated_at: AT, archived_at: AT },
  ]);
  insertData(db, 'collaborator_roles', [
    { collaborator_id: SAM, role: 'mentor' },
    { collaborator_id: SAM, role: 'critic' },
    { collaborator_id: BAND, role: 'co-creator' },
  ]);
  insertData(db, 'projects', [
    {
      id: ALBUM,
      title: 'Night Album',
      medium: 'music',
      status: 'active',
      start_date: '2025-09-01',
      end_date: null,
      description: 'LP',
      created_at: AT,
      updated_at: AT,
      archived_at: null,
    },
  ]);
  insertData(db, 'project_members', [
    { project_id: ALBUM, collaborator_id: SAM, role: 'producer', added_at: AT },
    { project_id: ALBUM, collaborator_id: BAND, role: '', added_at: AT },
  ]);
  const snapshot = dump(db);
  expect(schemaVersion(db)).toBe(1);
  db.close();
  return snapshot;
}

const FOUNDATION_TABLES = ['projects', 'collaborators', 'collaborator_roles', 'project_members'];
const dump = (db: Database.Database) => Object.fromEntries(FOUNDATION_TABLES.map((table) => [table, getTableData(db, table)]));

describe('migration 0002 (the log)', () => {
  it('upgrades a foundation library without losing or changing a row', () => {
    const snapshot = foundationLibrary();
    const db = openLibraryFile(file);
    try {
      updateToVersion(db, 2);
      expect(schemaVersion(db)).toBe(2);
      expect(dump(db)).toEqual(snapshot);
      expect(snapshot.collaborators).toHaveLength(2);
      expect(tableNames(db)).toEqual(expect.arrayContaining(['feedback', 'sessions', 'practice_items', 'needs', 'exchanges']));
      expect(db.pragma('foreign_key_check')).toEqual([]);

      // The upgraded library takes log entries about the people and projects it already had,
      // written the way the schema-2 release wrote them.
      const feedback = {
        id: 'f-intro',
        direction: 'received',
        collaborator_id: SAM,
        project_id: ALBUM,
        anchor_kind: 'time',
        anchor_start_sec: 83,
        anchor_end_sec: 100,
        kind: 'critique',
        body: 'Tighten the intro',
        date: '2026-02-02',
        created_at: AT,
        updated_at: AT,
      };
      const session = {
        id: 's-voicings',
        collaborator_id: SAM,
        project_id: ALBUM,
        user_role: 'learner',
        date: '2026-02-03',
        duration_min: 60,
        topics: 'Voicings',
        created_at: AT,
        updated_at: AT,
      };
      insertData(db, 'feedback', [feedback]);
      insertData(db, 'sessions', [session]);
      insertData(db, 'practice_items', [
        { id: 'pi-1', session_id: session.id, text: 'Drop-2 voicings', position: 0, created_at: AT, updated_at: AT },
      ]);
      insertData(db, 'needs', [
        { id: 'n-mix', asked_by: 'me', collaborator_id: BAND, project_id: ALBUM, what: 'A rough mix', date_asked: '2026-02-04', created_at: AT, updated_at: AT },
      ]);
      insertData(db, 'exchanges', [feedbackExchange(feedback), ...sessionExchanges(session)]);
      expect(db.prepare("SELECT collaborator_id, direction, benefit, weight FROM exchanges WHERE source = 'feedback'").all()).toEqual([
        { collaborator_id: SAM, direction: 'received', benefit: 'perspective', weight: 2 },
      ]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
    // Re-opening an up-to-date library changes nothing.
    const again = openLibraryFile(file);
    updateToVersion(again, 2);
    expect(schemaVersion(again)).toBe(2);
    expect(dump(again)).toEqual(snapshot);
    again.close();
  });

  describe('constraints, as a last line behind the handlers', () => {
    let db: Database.Database;
    const sam = SAM;
    beforeEach(() => {
      db = openLibraryFile(file);
      updateToVersion(db, 2);
      insertData(db, 'collaborators', [{ id: sam, name: 'Sam', kind: 'person', created_at: AT, updated_at: AT }]);
    });
    afterEach(() => db.close());

    let next = 0;
    const feedbackRow = (overrides: Record<string, unknown>) => ({
      id: `f-${next++}`,
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
      created_at: AT,
      updated_at: AT,
      ...overrides,
    });
    const insertRow = (row: Record<string, unknown>) => insertData(db, 'feedback', [row]);

    it('takes a well-formed entry (so the refusals below are the constraint, not the row)', () => {
      insertRow(feedbackRow({ anchor_kind: 'time', anchor_start_sec: 83, anchor_end_sec: 100 }));
      insertRow(feedbackRow({ status: 'declined', status_date: '2026-01-02', decline_reason: 'Not now' }));
      expect(db.prepare('SELECT count(*) FROM feedback').pluck().get()).toBe(2);
    });

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
      expect(() => insertExchange.run('x-1', 'help', 'someone-else', sam)).toThrow(/constraint/i);
      insertExchange.run('x-2', 'session', 's-1', sam);
      expect(() => insertExchange.run('x-3', 'session', 's-1', sam)).toThrow(/UNIQUE/);
    });

    it('refuses a pending request with a resolution date and one resolved before it was asked', () => {
      const insertNeed = db.prepare(
        `INSERT INTO needs (id, asked_by, collaborator_id, what, date_asked, outcome, date_resolved, created_at, updated_at)
         VALUES (?, 'me', ?, 'x', '2026-01-05', ?, ?, '${AT}', '${AT}')`,
      );
      expect(() => insertNeed.run('n-1', sam, 'pending', '2026-01-06')).toThrow(/constraint/i);
      expect(() => insertNeed.run('n-2', sam, 'met', '2026-01-04')).toThrow(/constraint/i);
      expect(() => insertNeed.run('n-3', sam, 'met', null)).toThrow(/constraint/i);
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
