/**
 * Helpers for the migration tests, modelled on Signal Desktop's (`updateToVersion`, `insertData`,
 * `getTableData`): a test brings a file to the version before the step under test, seeds it as raw
 * SQL with the names and columns that version had, and migrates to exactly the version under
 * test. Nothing here imports the repositories, the ledger or the app's fixtures, so a later
 * column or rename never breaks an old step's test. Imported by tests only.
 */
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { MIGRATIONS, migrate, schemaVersion } from './index';
import { COUNTED } from './0009-entry-counts';
import { PATTERN_ROLLUP_TABLES } from './0010-pattern-rollups';

export type Row = Record<string, unknown>;

/** A library file with foreign keys enforced, as the app opens it, at whatever version it holds. */
export function openLibraryFile(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  return db;
}

/** Runs the schema steps up to and including `version`, the way the app would have at that release. */
export function updateToVersion(db: Database.Database, version: number): void {
  if (!Number.isInteger(version) || version < 1 || version > MIGRATIONS.length) {
    throw new RangeError(`No schema version ${version}`);
  }
  migrate(db, MIGRATIONS.slice(0, version));
  const reached = schemaVersion(db);
  if (reached !== version) throw new Error(`Expected schema ${version}, the file is at ${reached}`);
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Plain INSERTs of plain objects whose keys are the table's column names (snake_case). */
export function insertData(db: Database.Database, table: string, rows: readonly Row[]): void {
  for (const row of rows) {
    const columns = Object.keys(row);
    db.prepare(
      `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map((_, i) => `@v${i}`).join(', ')})`,
    ).run(Object.fromEntries(columns.map((column, i) => [`v${i}`, row[column]])));
  }
}

/**
 * The tables of the file (not SQLite's own), by name. The full-text index (schema 5 on: the FTS5
 * table, its shadow tables and search_docs) is derived from the rows and has tests of its own, as
 * have the counters of lists and timelines (schema 9) and the pattern engine's rollups (schema 10).
 */
const LATER_DERIVED_TABLES = [...COUNTED.map((counted) => counted.counts), ...PATTERN_ROLLUP_TABLES];

export function tableNames(db: Database.Database): string[] {
  return db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search\\_%' ESCAPE '\\'" +
        ' AND name NOT IN (SELECT value FROM json_each(?)) ORDER BY name',
    )
    .pluck()
    .all(JSON.stringify(LATER_DERIVED_TABLES)) as string[];
}

/** Every row of one table, ordered by its primary key: a table rebuild need not keep rowids. */
export function getTableData(db: Database.Database, table: string): Row[] {
  const key = (db.prepare(`SELECT name, pk FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk`).all(table) as { name: string }[]).map(
    (column) => quote(column.name),
  );
  if (key.length === 0) throw new Error(`Table ${table} has no primary key to order by`);
  return db.prepare(`SELECT * FROM ${quote(table)} ORDER BY ${key.join(', ')}`).all() as Row[];
}

/** Every row of every table, by table name. */
export function dumpTables(db: Database.Database): Record<string, Row[]> {
  return Object.fromEntries(tableNames(db).map((table) => [table, getTableData(db, table)]));
}

/** The monthly rollup as stored (schema 3 on). */
export const exchangeMonths = (db: Database.Database): Row[] =>
  db
    .prepare('SELECT collaborator_id, month, direction, benefit, weight_sum, entry_count FROM exchange_months ORDER BY 1, 2, 3, 4')
    .all() as Row[];

/** What a from-scratch GROUP BY of the live ledger says the rollup should be. */
export const exchangeMonthsFromLedger = (db: Database.Database): Row[] =>
  db
    .prepare(
      `SELECT collaborator_id, substr(date, 1, 7) AS month, direction, benefit, sum(weight) AS weight_sum, count(*) AS entry_count
       FROM exchanges WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all() as Row[];

/**
 * The ledger's write of a derived row as it has shipped since schema 2 (src/main/db/ledger.ts,
 * frozen here): an upsert keyed by (source, source_id, direction) that touches the row only on a
 * real change. The rollup's triggers must take it, restores included.
 */
export const LEDGER_UPSERT = `
  INSERT INTO exchanges (id, source, source_id, collaborator_id, project_id, direction, benefit, weight,
    initiated_by, date, note, created_at, updated_at, deleted_at)
  VALUES (@id, @source, @source_id, @collaborator_id, @project_id, @direction, @benefit, @weight,
    @initiated_by, @date, '', @created_at, @updated_at, @deleted_at)
  ON CONFLICT (source, source_id, direction) DO UPDATE SET
    collaborator_id = excluded.collaborator_id, project_id = excluded.project_id,
    benefit = excluded.benefit, weight = excluded.weight, initiated_by = excluded.initiated_by,
    date = excluded.date, deleted_at = excluded.deleted_at, updated_at = excluded.updated_at
  WHERE collaborator_id IS NOT excluded.collaborator_id OR project_id IS NOT excluded.project_id
    OR benefit IS NOT excluded.benefit OR weight IS NOT excluded.weight
    OR initiated_by IS NOT excluded.initiated_by OR date IS NOT excluded.date
    OR deleted_at IS NOT excluded.deleted_at`;

// The ledger's default rules as schemas 2 and 3 stored them (docs/LEDGER.md at that release).
const FEEDBACK_BENEFIT: Record<string, string> = {
  technical: 'knowledge',
  critique: 'perspective',
  perspective: 'perspective',
  encouragement: 'growth',
};
const sessionWeight = (durationMin: number) => (durationMin < 45 ? 1 : durationMin <= 90 ? 2 : 3);

/** The exchanges row the schema-2/3 ledger kept for one feedback row. */
export function feedbackExchange(feedback: Row): Row {
  const direction = feedback.direction as string;
  return {
    id: `x-${String(feedback.id)}-${direction}`,
    source: 'feedback',
    source_id: feedback.id,
    collaborator_id: feedback.collaborator_id,
    project_id: feedback.project_id ?? null,
    direction,
    benefit: feedback.benefit_override ?? FEEDBACK_BENEFIT[feedback.kind as string],
    weight: feedback.weight_override ?? 2,
    initiated_by: direction === 'given' ? 'me' : 'them',
    date: feedback.date,
    note: '',
    created_at: feedback.created_at,
    updated_at: feedback.updated_at,
    deleted_at: feedback.deleted_at ?? null,
  };
}

/** The exchanges rows the schema-2/3 ledger kept for one sessions row (source 'session'). */
export function sessionExchanges(session: Row): Row[] {
  const shares: [string, string][] =
    session.user_role === 'learner'
      ? [['received', 'me']]
      : session.user_role === 'teacher'
        ? [['given', 'them']]
        : [
            ['given', 'me'],
            ['received', 'me'],
          ];
  return shares.map(([direction, initiatedBy]) => ({
    id: `x-${String(session.id)}-${direction}`,
    source: 'session',
    source_id: session.id,
    collaborator_id: session.collaborator_id,
    project_id: session.project_id ?? null,
    direction,
    benefit: session.benefit_override ?? 'knowledge',
    weight: session.weight_override ?? sessionWeight(session.duration_min as number),
    initiated_by: initiatedBy,
    date: session.date,
    note: '',
    created_at: session.created_at,
    updated_at: session.updated_at,
    deleted_at: session.deleted_at ?? null,
  }));
}

/** A library's rows, table by table, in an order that satisfies the foreign keys. */
export type SeedLibrary = [table: string, rows: Row[]][];

export function seedLibrary(db: Database.Database, library: SeedLibrary): void {
  db.transaction(() => {
    for (const [table, rows] of library) insertData(db, table, rows);
  })();
}

const BENEFITS = ['knowledge', 'perspective', 'growth'] as const;
const ROLES = ['mentor', 'mentee', 'peer', 'co-creator', 'critic', 'audience'] as const;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const dayOf = (offset: number) => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
const stamp = (day: string) => `${day}T10:00:00.000Z`;

const day = fc.integer({ min: 0, max: 800 });
const ref = fc.nat();
const overrides = { benefit: fc.option(fc.constantFrom(...BENEFITS)), weight: fc.option(fc.integer({ min: 1, max: 3 })) };

const feedbackSpec = fc.record({
  person: ref,
  project: fc.option(ref),
  direction: fc.constantFrom('given', 'received'),
  kind: fc.constantFrom('technical', 'critique', 'encouragement', 'perspective'),
  anchor: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({ kind: fc.constant('time' as const), start: fc.nat(600), length: fc.option(fc.integer({ min: 1, max: 120 })) }),
    fc.record({ kind: fc.constant('text' as const), text: fc.string({ maxLength: 12 }) }),
  ),
  day,
  status: fc.constantFrom('open', 'applied', 'partly-applied', 'declined', 'discussed'),
  ...overrides,
  deleted: fc.boolean(),
});

const sessionSpec = fc.record({
  person: ref,
  project: fc.option(ref),
  role: fc.constantFrom('learner', 'teacher', 'peers'),
  day,
  durationMin: fc.integer({ min: 1, max: 180 }),
  confidence: fc.option(fc.integer({ min: 1, max: 5 })),
  ...overrides,
  deleted: fc.boolean(),
  practice: fc.array(fc.record({ due: fc.option(day), done: fc.option(day) }), { maxLength: 3 }),
});

const needSpec = fc.record({
  person: ref,
  project: fc.option(ref),
  askedBy: fc.constantFrom('me', 'them'),
  day,
  outcome: fc.constantFrom('met', 'partly-met', 'declined', 'ignored', 'pending'),
  resolvedAfter: fc.nat(60),
  deleted: fc.boolean(),
});

const helpSpec = fc.record({
  person: ref,
  project: fc.option(ref),
  direction: fc.constantFrom('given', 'received'),
  benefit: fc.constantFrom(...BENEFITS),
  weight: fc.integer({ min: 1, max: 3 }),
  initiatedBy: fc.constantFrom('me', 'them'),
  day,
  note: fc.string({ maxLength: 12 }),
  deleted: fc.boolean(),
});

/**
 * Any library a schema-2 or schema-3 release could have written: people (some archived, with
 * roles), projects with members, feedback, sessions with practice, needs, and the ledger derived
 * from them plus help logged directly; any entry may be deleted or carry overrides.
 */
export const schema2Library: fc.Arbitrary<SeedLibrary> = fc
  .record({
    people: fc.array(fc.record({ group: fc.boolean(), archived: fc.boolean(), roles: fc.subarray([...ROLES]) }), {
      minLength: 1,
      maxLength: 4,
    }),
    projects: fc.array(
      fc.record({
        status: fc.constantFrom('idea', 'active', 'paused', 'finished'),
        archived: fc.boolean(),
        members: fc.array(ref, { maxLength: 3 }),
      }),
      { maxLength: 3 },
    ),
    feedback: fc.array(feedbackSpec, { maxLength: 12 }),
    sessions: fc.array(sessionSpec, { maxLength: 8 }),
    needs: fc.array(needSpec, { maxLength: 6 }),
    help: fc.array(helpSpec, { maxLength: 10 }),
  })
  .map((spec) => {
    const person = (n: number) => `person-${n % spec.people.length}`;
    const project = (n: number | null) => (n === null || spec.projects.length === 0 ? null : `project-${n % spec.projects.length}`);
    const at = stamp('2023-12-01');
    const collaborators = spec.people.map((p, i) => ({
      id: `person-${i}`,
      name: `Person ${i}`,
      kind: p.group ? 'group' : 'person',
      notes: i % 2 ? 'notes' : '',
      created_at: at,
      updated_at: at,
      archived_at: p.archived ? at : null,
    }));
    const roles = spec.people.flatMap((p, i) => p.roles.map((role) => ({ collaborator_id: `person-${i}`, role })));
    const projects = spec.projects.map((p, i) => ({
      id: `project-${i}`,
      title: `Project ${i}`,
      medium: 'music',
      status: p.status,
      start_date: '2023-12-01',
      end_date: p.status === 'finished' ? '2026-03-01' : null,
      description: '',
      created_at: at,
      updated_at: at,
      archived_at: p.archived ? at : null,
    }));
    const members = spec.projects.flatMap((p, i) =>
      [...new Set(p.members.map(person))].map((collaborator_id) => ({
        project_id: `project-${i}`,
        collaborator_id,
        role: 'player',
        added_at: at,
      })),
    );
    const feedback = spec.feedback.map((f, i) => {
      const date = dayOf(f.day);
      return {
        id: `feedback-${i}`,
        direction: f.direction,
        collaborator_id: person(f.person),
        project_id: project(f.project),
        piece: '',
        anchor_kind: f.anchor.kind,
        anchor_start_sec: f.anchor.kind === 'time' ? f.anchor.start : null,
        anchor_end_sec: f.anchor.kind === 'time' && f.anchor.length !== null ? f.anchor.start + f.anchor.length : null,
        anchor_text: f.anchor.kind === 'text' ? f.anchor.text : '',
        kind: f.kind,
        body: `Feedback ${i}`,
        date,
        status: f.status,
        status_date: f.status === 'open' ? null : date,
        decline_reason: f.status === 'declined' ? 'Not for this piece' : '',
        benefit_override: f.benefit,
        weight_override: f.weight,
        created_at: stamp(date),
        updated_at: stamp(date),
        deleted_at: f.deleted ? stamp(date) : null,
      };
    });
    const sessions = spec.sessions.map((s, i) => {
      const date = dayOf(s.day);
      return {
        id: `session-${i}`,
        collaborator_id: person(s.person),
        project_id: project(s.project),
        user_role: s.role,
        date,
        duration_min: s.durationMin,
        topics: `Topic ${i}`,
        takeaways: '',
        confidence: s.confidence,
        benefit_override: s.benefit,
        weight_override: s.weight,
        created_at: stamp(date),
        updated_at: stamp(date),
        deleted_at: s.deleted ? stamp(date) : null,
      };
    });
    const practice = spec.sessions.flatMap((s, i) =>
      s.practice.map((item, position) => ({
        id: `practice-${i}-${position}`,
        session_id: `session-${i}`,
        text: `Practice ${position}`,
        due_date: item.due === null ? null : dayOf(item.due),
        done_date: item.done === null ? null : dayOf(item.done),
        position,
        created_at: at,
        updated_at: at,
      })),
    );
    const needs = spec.needs.map((n, i) => {
      const date = dayOf(n.day);
      return {
        id: `need-${i}`,
        asked_by: n.askedBy,
        collaborator_id: person(n.person),
        project_id: project(n.project),
        what: `Need ${i}`,
        date_asked: date,
        outcome: n.outcome,
        date_resolved: n.outcome === 'pending' ? null : dayOf(n.day + n.resolvedAfter),
        note: '',
        created_at: stamp(date),
        updated_at: stamp(date),
        deleted_at: n.deleted ? stamp(date) : null,
      };
    });
    const help = spec.help.map((h, i) => {
      const date = dayOf(h.day);
      return {
        id: `help-${i}`,
        source: 'help',
        source_id: `help-${i}`,
        collaborator_id: person(h.person),
        project_id: project(h.project),
        direction: h.direction,
        benefit: h.benefit,
        weight: h.weight,
        initiated_by: h.initiatedBy,
        date,
        note: h.note,
        created_at: stamp(date),
        updated_at: stamp(date),
        deleted_at: h.deleted ? stamp(date) : null,
      };
    });
    const exchanges = [...feedback.map(feedbackExchange), ...sessions.flatMap(sessionExchanges), ...help];
    const library: SeedLibrary = [
      ['collaborators', collaborators],
      ['collaborator_roles', roles],
      ['projects', projects],
      ['project_members', members],
      ['feedback', feedback],
      ['sessions', sessions],
      ['practice_items', practice],
      ['needs', needs],
      ['exchanges', exchanges],
    ];
    return library;
  });

/** A schema-2 library under the names schema 4 gave it (sessions → lessons, needs → requests, ledger source 'lesson'). */
export const renamedForSchema4 = (library: SeedLibrary): SeedLibrary =>
  library.map(([table, rows]) => [
    table === 'sessions' ? 'lessons' : table === 'needs' ? 'requests' : table,
    table === 'practice_items'
      ? rows.map(({ session_id, ...row }) => ({ ...row, lesson_id: session_id }))
      : table === 'exchanges'
        ? rows.map((row) => (row.source === 'session' ? { ...row, source: 'lesson' } : row))
        : rows,
  ]);

/** A schema-2 library (schema2Library) written with the names schema 4 gave its tables and columns. */
export function seedSchema4Library(db: Database.Database, library: SeedLibrary): void {
  seedLibrary(db, renamedForSchema4(library));
}
