import type Database from 'better-sqlite3';
import { RECORD_KINDS, RECORDS } from '../../shared/kinds';
import { feedbackShare, lessonShares } from '../../shared/ledgerRules';
import type { FeedbackRecord, LessonRecord } from '../../shared/transfer/exportDocument';
import { insertDerivedExchanges } from '../db/ledger';
import { FILL_EXCHANGE_MONTHS } from '../db/migrations/0003-rollup';
import { FILL_EXCHANGE_DAYS } from '../db/migrations/0011-exchange-days';
import { CLEAR_SEARCH_INDEX, FILL_SEARCH_INDEX } from '../db/migrations/0005-search';
import { COUNTED, FILL_ENTRY_COUNTS } from '../db/migrations/0009-entry-counts';
import { FILL_PATTERN_ROLLUPS, PATTERN_ROLLUP_TABLES } from '../db/migrations/0010-pattern-rollups';
import { statement } from '../db/statements';

/**
 * An import into an EMPTY library (restoring onto a new machine) writes its rows as a bulk load,
 * inside the import's own transaction: the secondary indexes and the triggers of the tables it
 * writes (the search index's and the monthly rollup's) are set aside, the rows go in as plain
 * inserts with the ledger rows derived straight from each record, and at the end every index is
 * built again in one sorted pass, the rollup in one GROUP BY and the search index in one fill:
 * the same statements the migrations use, so each derived table ends equal to a fresh computation
 * (transfer/freshLoad.test.ts compares them with the app's own writes). DDL is transactional in
 * SQLite: if the import fails, the rollback brings the indexes and triggers back with the rows.
 */

/** Every table an import writes, and the derived ones that must be empty for a fresh load. */
const WRITTEN_TABLES = [
  'projects',
  'collaborators',
  'collaborator_roles',
  'project_members',
  ...new Set(RECORD_KINDS.map((kind) => RECORDS[kind].table)),
  'practice_items',
];
const DERIVED_TABLES = ['exchange_months', 'exchange_days', 'search_docs', ...COUNTED.map((counted) => counted.counts), ...PATTERN_ROLLUP_TABLES];

/** Whether the library holds no record at all, so an import can be a fresh load. */
export function isEmptyLibrary(db: Database.Database): boolean {
  return [...WRITTEN_TABLES, ...DERIVED_TABLES].every(
    (table) => (statement(db, `SELECT EXISTS (SELECT 1 FROM "${table}") AS found`).get() as { found: number }).found === 0,
  );
}

interface SchemaEntry {
  type: 'index' | 'trigger';
  name: string;
  sql: string;
}

/** A larger page cache while the load runs (KiB, negative as SQLite takes it), then the connection's own again. */
const LOAD_CACHE_KIB = 65_536;

/** Runs `fn` with a page cache large enough for the load's indexes (random ids thrash a small one), then puts the connection's back. */
export function withLoadCache<T>(db: Database.Database, fn: () => T): T {
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = -${LOAD_CACHE_KIB}`);
  // synchronous stays as the library has it (FULL): in WAL mode pages spilled during the load are
  // appended to the WAL without a sync, and the only syncs are the commit's. Lowering it inside the
  // load would save nothing but that commit sync, which is what makes the import durable.
  // temp_store stays the build's (files): an index build sorts up to the page cache's size in
  // memory and spills the rest to a temporary file. With temp_store = MEMORY that "file" is memory
  // too, so at a million exchanges each index sort would add its whole size to the process.
  try {
    return fn();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }
}

/** FTS5's own default for how much it gathers in memory before writing a segment (1 MiB). */
const DEFAULT_SEARCH_HASH_BYTES = 1024 * 1024;
const LOAD_SEARCH_HASH_BYTES = 64 * 1024 * 1024;

/**
 * Runs the search index's fill with FTS5 gathering 64 MiB of terms in memory before it writes a
 * segment, instead of 1 MiB: at 1 MiB a 100k library's index (ten prefix lengths) is written as
 * dozens of small segments merged into larger ones again and again; at 64 MiB it is written once or
 * twice. The setting is the index's own (its config table), so it is set back to the default before
 * the load commits: every later write gathers as before. (The config table then holds the default
 * as a row; SQLite keeps its shadow tables from being edited, so the row cannot be taken out.)
 */
function withLoadHash(db: Database.Database, fill: () => void): void {
  // FTS5 takes the size as an integer literal only (a bound JavaScript number arrives as a real).
  const setHash = (bytes: number) => db.exec(`INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ${bytes})`);
  setHash(LOAD_SEARCH_HASH_BYTES);
  try {
    fill();
  } finally {
    setHash(DEFAULT_SEARCH_HASH_BYTES);
  }
}

export interface FreshLoad {
  /** Writes the ledger rows of a feedback entry or a lesson just inserted. */
  deriveFeedback(record: FeedbackRecord): void;
  deriveLesson(record: LessonRecord): void;
  /** Builds the indexes, the rollup and the search index again and puts the triggers back. */
  finish(): void;
}

/** Sets the indexes and triggers aside; must run inside the import's transaction. */
export function startFreshLoad(db: Database.Database, at: string): FreshLoad {
  const deferred = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_schema
       WHERE type IN ('index', 'trigger') AND sql IS NOT NULL AND tbl_name IN (${WRITTEN_TABLES.map(() => '?').join(', ')})
       ORDER BY type, name`,
    )
    .all(...WRITTEN_TABLES) as SchemaEntry[];
  for (const entry of deferred) db.exec(`DROP ${entry.type.toUpperCase()} "${entry.name}"`);

  return {
    deriveFeedback: (record) => insertDerivedExchanges(db, 'feedback', record.id, record, [feedbackShare(record)], at),
    deriveLesson: (record) =>
      // Only a held lesson is an exchange (db/ledger.ts).
      insertDerivedExchanges(db, 'lesson', record.id, record, record.status === 'held' ? lessonShares(record) : [], at),
    finish() {
      db.exec(FILL_EXCHANGE_MONTHS);
      db.exec(FILL_EXCHANGE_DAYS);
      db.exec(FILL_ENTRY_COUNTS);
      for (const entry of deferred) if (entry.type === 'index') db.exec(entry.sql);
      // The lessons rollup reads practice items by lesson: it is filled once the indexes are back.
      db.exec(FILL_PATTERN_ROLLUPS);
      // A lesson's document reads its practice items by lesson: the fill runs once the indexes are back.
      db.exec(CLEAR_SEARCH_INDEX);
      withLoadHash(db, () => db.exec(FILL_SEARCH_INDEX));
      for (const entry of deferred) if (entry.type === 'trigger') db.exec(entry.sql);
    },
  };
}
