import type Database from 'better-sqlite3';
import { searchLibrary } from '../../db/searchRepository';
import { medianMs } from './measure';
import { COMMON_SYNTHETIC_WORD, RARE_SYNTHETIC_WORD } from './syntheticLibrary';

export interface SearchFigures {
  /** search.query's work (every kind, 8 hits each) for a word in every entry, and for a word in a few. */
  commonMs: number;
  rareMs: number;
  /** The same common search as a person types it: a three-letter prefix. */
  prefixMs: number;
  commonMatches: number;
  rareMatches: number;
  /** What the index adds to the file: the FTS5 table's shadow tables and search_docs with its index. */
  indexBytes: number;
}

/** Bytes held by the search index's tables and indexes (dbstat), or null when SQLite lacks dbstat. */
export function searchIndexBytes(db: Database.Database): number {
  return db
    .prepare(
      `SELECT coalesce(sum(pgsize), 0) FROM dbstat
       WHERE name LIKE 'search\\_%' ESCAPE '\\' OR name IN (SELECT name FROM sqlite_schema WHERE tbl_name LIKE 'search\\_%' ESCAPE '\\')`,
    )
    .pluck()
    .get() as number;
}

/** Times the search of a synthetic library (src/main/tools/bench/syntheticLibrary.ts) through its repository. */
export function measureSearch(db: Database.Database, runs: number): SearchFigures {
  const query = (text: string) => () => searchLibrary(db, { text, limit: 8 });
  const matches = (text: string) => searchLibrary(db, { text, limit: 1 }).groups.reduce((sum, group) => sum + group.total, 0);
  return {
    commonMs: medianMs(runs, query(COMMON_SYNTHETIC_WORD)),
    rareMs: medianMs(runs, query(RARE_SYNTHETIC_WORD)),
    prefixMs: medianMs(runs, query(COMMON_SYNTHETIC_WORD.slice(0, 3))),
    commonMatches: matches(COMMON_SYNTHETIC_WORD),
    rareMatches: matches(RARE_SYNTHETIC_WORD),
    indexBytes: searchIndexBytes(db),
  };
}
