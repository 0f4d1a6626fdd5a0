import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../sample/random';
import { randomWrite, startLog } from '../../testing/randomLogWrites';
import { tempLibrary } from '../../testing/tempLibrary';
import { DERIVED_DATA, derivedDataDifferences } from '../derivedCheck';
import { COUNTED, migration0009 } from './0009-entry-counts';
import { openLibraryFile, updateToVersion } from './testing';
import { schema2Library, seedSchema4Library } from './schema2Library.testing';

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
          seedSchema4Library(db, library);
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

/** The total and the counts a filter would get from a count over the rows themselves. */
const rawCount = (db: Database.Database, table: string, where: string, params: Record<string, unknown>) =>
  db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get(params) as number;

describe('the counters after random writes through the API', () => {
  it('equal a fresh count after every batch of creates, edits, status changes, deletes, restores and deletes for ever', async () => {
    const lib = tempLibrary({ now: () => new Date('2026-03-30T12:00:00Z') });
    try {
      const random = seededRandom(9);
      const known = await startLog(lib);
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
      expect(lib.db.prepare(`SELECT count(DISTINCT status) FROM lessons`).pluck().get()).toBeGreaterThanOrEqual(2);
    } finally {
      lib.cleanup();
    }
  }, 60_000);
});
