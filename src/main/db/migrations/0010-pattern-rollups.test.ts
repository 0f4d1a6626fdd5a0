import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LearnerLesson } from '../../analysis/input';
import { learnerLessonsOf } from '../../analysis/learnerPath';
import { seededRandom } from '../../sample/random';
import { randomWrite, startLog } from '../../testing/randomLogWrites';
import { tempLibrary } from '../../testing/tempLibrary';
import { DERIVED_DATA, derivedDataDifferences } from '../derivedCheck';
import { loadAnalysisInput } from '../patternAggregates';
import { migration0010, PATTERN_ROLLUP_TABLES } from './0010-pattern-rollups';
import { expectDerivedFilledOnOlderLibraries } from './schema2Library.testing';

const ROLLUPS = DERIVED_DATA.filter((data) => PATTERN_ROLLUP_TABLES.some((table) => data.what.endsWith(`(${table})`)));

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-0010-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('migration 0010 (the pattern engine rollups)', () => {
  it('fills the rollups of a library written before it with what its rows sum to', () => {
    expect(ROLLUPS).toHaveLength(4);
    expectDerivedFilledOnOlderLibraries(dataDir, migration0010.version, ROLLUPS, 10);
  });
});

/**
 * What the engine's input held before the rollups: every tally counted over the rows of the window
 * (the queries of patternAggregates.ts before migration 0010), the lessons listed and summed in code.
 */
function rawInput(db: Database.Database, window: { from: string; to: string }, collaboratorId: string) {
  const between = { id: collaboratorId, from: window.from, to: window.to };
  const lessons = db
    .prepare(
      `SELECT s.id, s.date, s.confidence,
         (SELECT count(*) FROM practice_items p WHERE p.lesson_id = s.id) AS practiceTotal,
         (SELECT count(p.done_date) FROM practice_items p WHERE p.lesson_id = s.id) AS practiceDone
       FROM lessons s
       WHERE s.collaborator_id = @id AND s.user_role = 'learner' AND s.status = 'held' AND s.deleted_at IS NULL
         AND s.date BETWEEN @from AND @to ORDER BY s.date, s.id`,
    )
    .all(between) as LearnerLesson[];
  const { newest: _all, ...lessonSums } = learnerLessonsOf(lessons, window);
  return {
    lessonSums,
    feedback: db
      .prepare(
        `SELECT status, count(*) AS n FROM feedback WHERE collaborator_id = @id AND direction = 'received' AND deleted_at IS NULL
           AND date BETWEEN @from AND @to GROUP BY status`,
      )
      .all(between),
    requests: db
      .prepare(
        `SELECT asked_by, outcome, count(*) AS n FROM requests WHERE collaborator_id = @id AND deleted_at IS NULL
           AND date_asked BETWEEN @from AND @to GROUP BY asked_by, outcome`,
      )
      .all(between),
  };
}

const rawInputDays = (db: Database.Database, window: { from: string; to: string }, projectId: string) =>
  db
    .prepare(
      `SELECT DISTINCT date FROM exchanges e
       WHERE project_id = ? AND direction = 'received' AND deleted_at IS NULL AND date BETWEEN ? AND ?
         AND (source <> 'lesson' OR EXISTS (SELECT 1 FROM lessons s WHERE s.id = e.source_id AND s.user_role = 'learner'))
       ORDER BY date`,
    )
    .pluck()
    .all(projectId, window.from, window.to);

/** Windows ending mid-month, on a month's last day, inside one month, and ten years long. */
const WINDOWS = [
  { from: '2025-11-17', to: '2026-03-15' },
  { from: '2025-12-01', to: '2026-02-28' },
  { from: '2026-01-05', to: '2026-01-20' },
  { from: '2016-03-18', to: '2026-03-30' },
];

const facetsOf = (rows: { n: number }[], name: (row: Record<string, unknown>) => string) =>
  Object.fromEntries(rows.map((row) => [name(row), row.n]));

describe('the pattern engine over the rollups after random writes through the API', () => {
  it('reads the same tallies, lesson sums and input days as counted over the rows, and the rollups equal a fresh computation', async () => {
    const lib = tempLibrary({ now: () => new Date('2026-03-30T12:00:00Z') });
    try {
      const random = seededRandom(10);
      const known = await startLog(lib);
      for (let batch = 0; batch < 5; batch++) {
        for (let step = 0; step < 50; step++) await randomWrite(lib, random, known);
        expect(derivedDataDifferences(lib.db, ROLLUPS)).toEqual([]);
        for (const window of WINDOWS) {
          const input = loadAnalysisInput(lib.db, window);
          for (const person of input.collaborators) {
            const raw = rawInput(lib.db, window, person.id);
            const { newest, ...sums } = person.learnerLessons;
            expect(sums).toEqual(raw.lessonSums);
            expect(newest.length).toBe(Math.min(raw.lessonSums.count, 25));
            const counts = person.receivedFeedback.counts;
            const rawFeedback = facetsOf(raw.feedback as { n: number; status: string }[], (row) => String(row.status));
            expect(counts).toEqual({
              applied: rawFeedback.applied ?? 0,
              partlyApplied: rawFeedback['partly-applied'] ?? 0,
              declined: rawFeedback.declined ?? 0,
              discussed: rawFeedback.discussed ?? 0,
              open: rawFeedback.open ?? 0,
            });
            const rawRequests = facetsOf(raw.requests as { n: number }[], (row) => `${String(row.asked_by)}|${String(row.outcome)}`);
            expect(person.needs.yours.met + person.needs.theirs.met).toBe((rawRequests['me|met'] ?? 0) + (rawRequests['them|met'] ?? 0));
            expect(person.needs.yours.pending).toBe(rawRequests['me|pending'] ?? 0);
            expect(person.needs.theirs.partlyMet).toBe(rawRequests['them|partly-met'] ?? 0);
          }
          for (const project of input.activeProjects) expect(project.inputDays).toEqual(rawInputDays(lib.db, window, project.id));
        }
      }
      expect(lib.db.prepare('SELECT count(*) FROM learner_lesson_months').pluck().get()).toBeGreaterThan(3);
      expect(lib.db.prepare('SELECT count(*) FROM project_input_days').pluck().get()).toBeGreaterThan(10);
    } finally {
      lib.cleanup();
    }
  }, 120_000);
});
