import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../sample/random';
import { randomWrite, startLog } from '../../testing/randomLogWrites';
import { tempLibrary } from '../../testing/tempLibrary';
import { DERIVED_DATA, derivedDataDifferences } from '../derivedCheck';
import { ledgerCells, ledgerCellsByPerson, splitWindow } from '../exchangeMonths';
import { migration0011 } from './0011-exchange-days';
import { expectDerivedFilledOnOlderLibraries } from './schema2Library.testing';

const DAYS = DERIVED_DATA.filter((data) => data.what.endsWith('(exchange_days)'));

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'counterpoint-0011-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('migration 0011 (the ledger summed per day)', () => {
  it('fills the day rollup of a library written before it with what its live ledger rows sum to', () => {
    expect(DAYS).toHaveLength(1);
    expectDerivedFilledOnOlderLibraries(dataDir, migration0011.version, DAYS, 11, (db) => {
      const live = db.prepare('SELECT count(*) FROM exchanges WHERE deleted_at IS NULL').pluck().get() as number;
      expect(db.prepare('SELECT coalesce(sum(entry_count), 0) FROM exchange_days').pluck().get()).toBe(live);
    });
  });
});

/** The window's ledger summed per month, direction and benefit over the rows themselves: what the cells must equal. */
function rawCells(db: Database.Database, window: { from: string; to: string }, collaboratorId: string) {
  return db
    .prepare(
      `SELECT substr(date, 1, 7) AS month, direction, benefit, sum(weight) AS weight, count(*) AS count FROM exchanges
       WHERE collaborator_id = ? AND deleted_at IS NULL AND date BETWEEN ? AND ? GROUP BY 1, 2, 3`,
    )
    .all(collaboratorId, window.from, window.to);
}

const sorted = <Cell extends { month: string; direction: string; benefit: string }>(cells: readonly Cell[]) =>
  [...cells].sort((a, b) => `${a.month}|${a.direction}|${a.benefit}`.localeCompare(`${b.month}|${b.direction}|${b.benefit}`));

/** Windows ending mid-month, on a month's last day, inside one month, starting on a first, and ten years long. */
const WINDOWS = [
  { from: '2025-11-17', to: '2026-03-15' },
  { from: '2025-12-01', to: '2026-02-28' },
  { from: '2026-01-05', to: '2026-01-20' },
  { from: '2026-02-01', to: '2026-03-03' },
  { from: '2016-03-18', to: '2026-03-30' },
];

describe('the ledger cells over the day rollup after random writes through the API', () => {
  it('equal the rows summed per month in every window, and the rollup equals a fresh computation', async () => {
    const lib = tempLibrary({ now: () => new Date('2026-03-30T12:00:00Z') });
    try {
      const random = seededRandom(11);
      const known = await startLog(lib);
      for (let batch = 0; batch < 4; batch++) {
        for (let step = 0; step < 50; step++) await randomWrite(lib, random, known);
        expect(derivedDataDifferences(lib.db, DAYS)).toEqual([]);
        const ids = lib.db.prepare('SELECT id FROM collaborators ORDER BY id').pluck().all() as string[];
        for (const window of WINDOWS) {
          const split = splitWindow(window);
          const grouped = ledgerCellsByPerson(lib.db, ids, split);
          for (const id of ids) {
            const raw = sorted(rawCells(lib.db, window, id) as { month: string; direction: string; benefit: string }[]);
            expect(sorted(ledgerCells(lib.db, id, split))).toEqual(raw);
            expect(sorted(grouped.get(id) ?? [])).toEqual(raw);
          }
        }
      }
      expect(lib.db.prepare('SELECT count(*) FROM exchange_days').pluck().get()).toBeGreaterThan(10);
    } finally {
      lib.cleanup();
    }
  }, 120_000);
});
