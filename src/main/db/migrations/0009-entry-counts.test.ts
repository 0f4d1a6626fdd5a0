import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MethodName } from '../../../shared/contract';
import { seededRandom, type Random } from '../../sample/random';
import { tempLibrary } from '../../testing/tempLibrary';
import { DERIVED_DATA, derivedDataDifferences } from '../derivedCheck';
import { COUNTED, migration0009 } from './0009-entry-counts';
import { openLibraryFile, schema2Library, seedLibrary, updateToVersion } from './testing';

const VERSION = migration0009.version;
const COUNTERS = DERIVED_DATA.filter((data) => COUNTED.some((counted) => data.what.includes(`(${counted.counts})`)));

let dataDir: string;
let files = 0;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-0009-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('migration 0009 (the counters of lists and timelines)', () => {
  it('fills the counters of a library written before it with what its rows count', () => {
    fc.assert(
      fc.property(schema2Library, (library) => {
        const db = openLibraryFile(path.join(dataDir, `library-${files++}.sqlite3`));
        try {
          updateToVersion(db, 4);
          seedLibrary(
            db,
            library.map(([table, rows]) => [
              table === 'sessions' ? 'lessons' : table === 'needs' ? 'requests' : table,
              table === 'practice_items'
                ? rows.map(({ session_id, ...row }) => ({ ...row, lesson_id: session_id }))
                : table === 'exchanges'
                  ? rows.map((row) => (row.source === 'session' ? { ...row, source: 'lesson' } : row))
                  : rows,
            ]),
          );
          updateToVersion(db, VERSION - 1);
          const rows = COUNTED.reduce((sum, counted) => sum + (db.prepare(`SELECT count(*) FROM ${counted.table}`).pluck().get() as number), 0);
          updateToVersion(db, VERSION);
          expect(derivedDataDifferences(db, COUNTERS)).toEqual([]);
          // Each row is counted once under its person and once under its project.
          const counted = COUNTED.reduce(
            (sum, table) => sum + (db.prepare(`SELECT coalesce(sum(entry_count), 0) FROM ${table.counts}`).pluck().get() as number),
            0,
          );
          expect(counted).toBe(2 * rows);
        } finally {
          db.close();
        }
      }),
      { numRuns: 10, seed: 9 },
    );
  });
});

/** What the random writer knows: people, projects and each kind's entries with whether they are in the bin. */
interface Known {
  people: string[];
  projects: string[];
  entries: { area: 'feedback' | 'lessons' | 'help' | 'requests'; id: string; deleted: boolean }[];
}

const AREAS = ['feedback', 'lessons', 'help', 'requests'] as const;

function day(random: Random): string {
  return `2026-0${random.int(1, 3)}-${String(random.int(10, 28))}`;
}

/** Fields of a new entry, or a change of every column the counters are keyed by. */
function fieldsOf(area: (typeof AREAS)[number], random: Random, known: Known): Record<string, unknown> {
  const person = random.pick(known.people);
  const projectId = random.chance(0.3) ? null : random.pick(known.projects);
  switch (area) {
    case 'feedback':
      return {
        collaboratorId: person,
        projectId,
        direction: random.pick(['given', 'received']),
        kind: random.pick(['technical', 'critique', 'encouragement', 'perspective']),
        body: 'Bass and kick',
        date: day(random),
      };
    case 'lessons':
      return { collaboratorId: person, projectId, userRole: random.pick(['learner', 'teacher', 'peers']), topics: 'Voicing', date: day(random), durationMin: 60 };
    case 'help':
      return {
        collaboratorId: person,
        projectId,
        direction: random.pick(['given', 'received']),
        benefit: random.pick(['knowledge', 'perspective', 'growth']),
        weight: random.int(1, 3),
        note: 'Intro',
        date: day(random),
      };
    case 'requests':
      return { collaboratorId: person, projectId, askedBy: random.pick(['me', 'them']), what: 'A listen', dateAsked: day(random) };
  }
}

async function randomWrite(lib: ReturnType<typeof tempLibrary>, random: Random, known: Known): Promise<void> {
  const call = (method: string, input: Record<string, unknown>) => lib.call(method as MethodName, input as never) as Promise<{ id: string }>;
  const area = random.pick(AREAS);
  const mine = known.entries.filter((entry) => entry.area === area);
  const entry = mine.length > 0 ? random.pick(mine) : undefined;
  const action = entry ? random.pick(['create', 'create', 'create', 'update', 'update', 'status', 'delete', 'restore', 'forever'] as const) : 'create';
  if (action === 'create' && area === 'lessons' && random.chance(0.3)) {
    const { date: _date, ...fields } = fieldsOf(area, random, known);
    const { id } = await call('lessons.plan', { ...fields, date: '2026-04-15' });
    known.entries.push({ area, id, deleted: false });
  } else if (action === 'create' || !entry) {
    const { id } = await call(`${area}.create`, fieldsOf(area, random, known));
    known.entries.push({ area, id, deleted: false });
  } else if (entry.deleted && action !== 'restore' && action !== 'forever') {
    await call(`${area}.restore`, { id: entry.id });
    entry.deleted = false;
  } else if (action === 'update') {
    const { date: _date, dateAsked: _asked, ...fields } = fieldsOf(area, random, known);
    await call(`${area}.update`, { id: entry.id, ...fields });
  } else if (action === 'status') {
    if (area === 'feedback') await call('feedback.setStatus', { id: entry.id, status: random.pick(['open', 'applied', 'partly-applied', 'discussed']) });
    else if (area === 'requests') await call('requests.update', { id: entry.id, outcome: random.pick(['pending', 'met', 'partly-met', 'declined', 'ignored']) });
    else if (area === 'lessons') {
      // Held, or cancelled: refused (and nothing written) for a lesson no longer planned.
      const method = random.pick(['lessons.markHeld', 'lessons.cancel']);
      await lib.raw(method, method === 'lessons.markHeld' ? { id: entry.id, date: '2026-03-29' } : { id: entry.id });
    }
  } else if (action === 'delete') {
    await call(`${area}.delete`, { id: entry.id });
    entry.deleted = true;
  } else if (action === 'restore') {
    await call(`${area}.restore`, { id: entry.id });
    entry.deleted = false;
  } else if (entry.deleted) {
    await call(`${area}.deleteForever`, { id: entry.id });
    known.entries.splice(known.entries.indexOf(entry), 1);
  }
}

/** The total and the counts a filter would get from a count over the rows themselves. */
const rawCount = (db: Database.Database, table: string, where: string, params: Record<string, unknown>) =>
  db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get(params) as number;

describe('the counters after random writes through the API', () => {
  it('equal a fresh count after every batch of creates, edits, status changes, deletes, restores and deletes for ever', async () => {
    const lib = tempLibrary({ now: () => new Date('2026-03-30T12:00:00Z') });
    try {
      const random = seededRandom(9);
      const known: Known = { people: [], projects: [], entries: [] };
      for (const name of ['Sam', 'Lee', 'Ana']) known.people.push((await lib.call('collaborators.create', { name, roles: ['peer'] })).id);
      for (const title of ['Album', 'Score']) {
        known.projects.push((await lib.call('projects.create', { title, medium: 'music', status: 'active' })).id);
      }
      for (let batch = 0; batch < 6; batch++) {
        for (let step = 0; step < 40; step++) await randomWrite(lib, random, known);
        expect(derivedDataDifferences(lib.db, COUNTERS)).toEqual([]);

        const [sam, album] = [known.people[0] as string, known.projects[0] as string];
        const feedback = await lib.call('feedback.list', { collaboratorId: sam, direction: 'received' });
        expect(feedback.total).toBe(rawCount(lib.db, 'feedback', "collaborator_id = @sam AND direction = 'received' AND deleted_at IS NULL", { sam }));
        const binToo = await lib.call('lessons.list', { projectId: album, includeDeleted: true });
        expect(binToo.total).toBe(rawCount(lib.db, 'lessons', 'project_id = @album', { album }));
        const planned = await lib.call('lessons.list', { status: 'planned' });
        expect(planned.total).toBe(rawCount(lib.db, 'lessons', "status = 'planned' AND deleted_at IS NULL", {}));
        const both = await lib.call('requests.list', { collaboratorId: sam, projectId: album, askedBy: 'me' });
        expect(both.total).toBe(rawCount(lib.db, 'requests', "collaborator_id = @sam AND project_id = @album AND asked_by = 'me' AND deleted_at IS NULL", { sam, album }));
        const ledger = await lib.call('exchanges.list', { benefit: 'growth' });
        expect(ledger.total).toBe(rawCount(lib.db, 'exchanges', "benefit = 'growth' AND deleted_at IS NULL", {}));
        expect(ledger.totals).toEqual(
          lib.db
            .prepare(
              `SELECT coalesce(sum(CASE direction WHEN 'given' THEN weight END), 0) AS given,
                      coalesce(sum(CASE direction WHEN 'received' THEN weight END), 0) AS received
               FROM exchanges WHERE benefit = 'growth' AND deleted_at IS NULL`,
            )
            .get(),
        );
        const timeline = await lib.call('timeline.forCollaborator', { collaboratorId: sam, direction: 'given' });
        expect(timeline.counts).toMatchObject({
          feedback: rawCount(lib.db, 'feedback', "collaborator_id = @sam AND direction = 'given' AND deleted_at IS NULL", { sam }),
          lesson: rawCount(lib.db, 'lessons', "collaborator_id = @sam AND user_role IN ('teacher', 'peers') AND status = 'held' AND deleted_at IS NULL", { sam }),
          help: rawCount(lib.db, 'exchanges', "collaborator_id = @sam AND source = 'help' AND direction = 'given' AND deleted_at IS NULL", { sam }),
          request: rawCount(lib.db, 'requests', "collaborator_id = @sam AND asked_by = 'them' AND deleted_at IS NULL", { sam }),
        });
      }
      expect(known.entries.length).toBeGreaterThan(40);
      expect(known.entries.some((entry) => entry.deleted)).toBe(true);
      expect(lib.db.prepare(`SELECT count(DISTINCT status) FROM lessons`).pluck().get()).toBe(3);
    } finally {
      lib.cleanup();
    }
  }, 60_000);
});
