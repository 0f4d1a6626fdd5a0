/**
 * A random library as schema 2 and 3 wrote it (people, projects, feedback, sessions with practice,
 * needs and the ledger), for the migration tests that must keep every row, and the same library
 * under the names schema 4 gave it. Imported by tests only.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { expect } from 'vitest';
import { type DerivedData, derivedDataDifferences } from '../derivedCheck';
import { feedbackExchange, insertData, openLibraryFile, sessionExchanges, updateToVersion, type Row } from './testing';

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

/**
 * The fill test of a migration that adds derived data: random libraries written under schema 4,
 * each in a file of its own under `dataDir`, updated to `version`, must hold the derived data equal
 * to a fresh computation of it; `check` looks at anything else the migration promises.
 */
export function expectDerivedFilledOnOlderLibraries(
  dataDir: string,
  version: number,
  derived: readonly DerivedData[],
  seed: number,
  check: (db: Database.Database) => void = () => {},
): void {
  let files = 0;
  fc.assert(
    fc.property(schema2Library, (library) => {
      const db = openLibraryFile(path.join(dataDir, `library-${version}-${files++}.sqlite3`));
      try {
        updateToVersion(db, 4);
        seedSchema4Library(db, library);
        updateToVersion(db, version);
        expect(derivedDataDifferences(db, derived)).toEqual([]);
        check(db);
      } finally {
        db.close();
      }
    }),
    { numRuns: 10, seed },
  );
}
