import { keptInStep, type TriggerRow as Row } from './derivedTriggers';
import type { Migration } from './types';

/** The day cell of one exchange row (NEW or OLD inside a trigger). */
const cellOf = (row: Row) =>
  `collaborator_id = ${row}.collaborator_id AND date = ${row}.date AND direction = ${row}.direction AND benefit = ${row}.benefit`;

/** As migration 0003: a cell is created only if missing (NOT EXISTS), since the outer statement's conflict policy wins in a trigger. */
const addTo = (row: Row) => `
  INSERT INTO exchange_days (collaborator_id, date, direction, benefit, weight_sum, entry_count)
    SELECT ${row}.collaborator_id, ${row}.date, ${row}.direction, ${row}.benefit, 0, 0
    WHERE ${row}.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM exchange_days WHERE ${cellOf(row)});
  UPDATE exchange_days SET weight_sum = weight_sum + ${row}.weight, entry_count = entry_count + 1
    WHERE ${row}.deleted_at IS NULL AND ${cellOf(row)};`;

/** Takes the row off its cell; an emptied cell goes, so the rollup equals a GROUP BY. */
const takeFrom = (row: Row) => `
  UPDATE exchange_days SET weight_sum = weight_sum - ${row}.weight, entry_count = entry_count - 1
    WHERE ${row}.deleted_at IS NULL AND ${cellOf(row)};
  DELETE FROM exchange_days WHERE ${row}.deleted_at IS NULL AND entry_count = 0 AND ${cellOf(row)};`;

/** exchange_days computed from the live ledger: the migration's fill and the integrity check's comparison. */
export const FRESH_EXCHANGE_DAYS = `
  SELECT collaborator_id, date, direction, benefit, sum(weight) AS weight_sum, count(*) AS entry_count
  FROM exchanges WHERE deleted_at IS NULL GROUP BY collaborator_id, date, direction, benefit`;

/** Fills the day rollup from the live ledger at once (the migration; an import's or the bench's bulk load). */
export const FILL_EXCHANGE_DAYS = `INSERT INTO exchange_days ${FRESH_EXCHANGE_DAYS};`;

/**
 * Issue 9: a window's partial first and last months were summed over the ledger's rows, about half a
 * month of them at the window's start (13k rows at a million exchanges, most of the patterns
 * report's time). exchange_days holds the live ledger summed per person, day, direction and benefit
 * — about a third as many rows as the ledger in a busy log, and never more — so a partial month
 * reads its days here instead. Whole months still come from exchange_months (0003). Triggers keep
 * it in every write's transaction, whichever code path wrote.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'daily rollup of the ledger for the partial months of a window',
  up(db) {
    db.exec(`
      -- No foreign key: every row is derived from exchanges, which holds the reference.
      CREATE TABLE exchange_days (
        collaborator_id TEXT NOT NULL,
        date TEXT NOT NULL,
        direction TEXT NOT NULL,
        benefit TEXT NOT NULL,
        weight_sum INTEGER NOT NULL,
        entry_count INTEGER NOT NULL,
        PRIMARY KEY (collaborator_id, date, direction, benefit)
      ) STRICT, WITHOUT ROWID;
      ${FILL_EXCHANGE_DAYS}
      ${keptInStep('exchange_days', 'exchanges', ['collaborator_id', 'date', 'direction', 'benefit', 'weight', 'deleted_at'], addTo, takeFrom)}
    `);
  },
};
