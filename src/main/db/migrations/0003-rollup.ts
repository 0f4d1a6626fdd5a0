import type { Migration } from './types';

type Row = 'NEW' | 'OLD';

/** The rollup cell of one exchange row (NEW or OLD inside a trigger). */
const cellOf = (row: Row) =>
  `collaborator_id = ${row}.collaborator_id AND month = substr(${row}.date, 1, 7)
     AND direction = ${row}.direction AND benefit = ${row}.benefit`;

/**
 * Adds the row's weight to its cell when `live` holds, creating the cell for its first row. The cell
 * is created only if missing (NOT EXISTS), not with INSERT OR IGNORE: inside a trigger the outer
 * statement's conflict policy wins, and the ledger's upsert (ON CONFLICT … DO UPDATE) would turn
 * the ignored conflict into an abort.
 */
const addTo = (row: Row, live: string) => `
  INSERT INTO exchange_months (collaborator_id, month, direction, benefit, weight_sum, entry_count)
    SELECT ${row}.collaborator_id, substr(${row}.date, 1, 7), ${row}.direction, ${row}.benefit, 0, 0
    WHERE ${live} AND NOT EXISTS (SELECT 1 FROM exchange_months WHERE ${cellOf(row)});
  UPDATE exchange_months SET weight_sum = weight_sum + ${row}.weight, entry_count = entry_count + 1
    WHERE ${live} AND ${cellOf(row)};`;

/** Takes the row's weight off its cell when `live` holds; an emptied cell goes, so the rollup equals a GROUP BY. */
const takeFrom = (row: Row, live: string) => `
  UPDATE exchange_months SET weight_sum = weight_sum - ${row}.weight, entry_count = entry_count - 1
    WHERE ${live} AND ${cellOf(row)};
  DELETE FROM exchange_months WHERE ${live} AND entry_count = 0 AND ${cellOf(row)};`;

/** Fills the rollup from the live ledger at once (the migration's backfill; the bench's bulk load). */
export const FILL_EXCHANGE_MONTHS = `
  INSERT INTO exchange_months (collaborator_id, month, direction, benefit, weight_sum, entry_count)
    SELECT collaborator_id, substr(date, 1, 7), direction, benefit, sum(weight), count(*)
    FROM exchanges WHERE deleted_at IS NULL
    GROUP BY collaborator_id, substr(date, 1, 7), direction, benefit;`;

/**
 * What the pattern engine's aggregates (src/main/db/patternAggregates.ts) need to stay fast on a
 * log of a million exchanges.
 *
 * exchange_months holds the live ledger summed per person, month, direction and benefit. Triggers
 * on exchanges keep it, so every write — help logged directly, rows the ledger derives, soft
 * deletes and restores — changes it in the same transaction, whichever code path wrote. A window's
 * whole months read the rollup; its partial first and last months read the ledger itself.
 *
 * The indexes make every other per-person query of the engine a covering range scan: those partial
 * months and the newest ledger entries as evidence, received feedback by status, requests by side
 * and outcome, lessons as learner with their practice, and the days with input received on a
 * project. They carry deleted_at as a column instead of being partial on `deleted_at IS NULL`:
 * SQLite does not count an IS NULL predicate of a partial index as covered, so such an index costs
 * a table lookup per row (measured: 5 µs a row on a million exchanges). Equality predicates
 * (direction = 'received') are covered, so those stay partial.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'monthly exchange rollup and indexes for the pattern engine',
  up(db) {
    db.exec(`
      -- No foreign key: every row is derived from exchanges, which holds the reference.
      CREATE TABLE exchange_months (
        collaborator_id TEXT NOT NULL,
        month TEXT NOT NULL,
        direction TEXT NOT NULL,
        benefit TEXT NOT NULL,
        weight_sum INTEGER NOT NULL,
        entry_count INTEGER NOT NULL,
        PRIMARY KEY (collaborator_id, month, direction, benefit)
      ) STRICT, WITHOUT ROWID;

      ${FILL_EXCHANGE_MONTHS}

      CREATE TRIGGER exchange_months_after_insert AFTER INSERT ON exchanges
      BEGIN ${addTo('NEW', 'NEW.deleted_at IS NULL')}
      END;

      CREATE TRIGGER exchange_months_after_delete AFTER DELETE ON exchanges
      BEGIN ${takeFrom('OLD', 'OLD.deleted_at IS NULL')}
      END;

      CREATE TRIGGER exchange_months_after_update
        AFTER UPDATE OF collaborator_id, date, direction, benefit, weight, deleted_at ON exchanges
      BEGIN ${takeFrom('OLD', 'OLD.deleted_at IS NULL')}${addTo('NEW', 'NEW.deleted_at IS NULL')}
      END;

      CREATE INDEX exchanges_evidence_by_collaborator
        ON exchanges (collaborator_id, date, source, source_id, direction, benefit, weight, deleted_at);
      CREATE INDEX exchanges_received_by_project ON exchanges (project_id, date, source, source_id, deleted_at)
        WHERE direction = 'received';
      CREATE INDEX feedback_received_by_collaborator ON feedback (collaborator_id, date, created_at, id, status, deleted_at)
        WHERE direction = 'received';
      CREATE INDEX needs_outcomes_by_collaborator
        ON needs (collaborator_id, date_asked, created_at, id, asked_by, outcome, deleted_at);
      CREATE INDEX sessions_learner_by_collaborator ON sessions (collaborator_id, date, id, confidence, deleted_at)
        WHERE user_role = 'learner';
      CREATE INDEX practice_items_done_by_session ON practice_items (session_id, done_date);
    `);
  },
};
