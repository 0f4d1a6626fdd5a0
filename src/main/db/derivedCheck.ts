import Database from 'better-sqlite3';
import { ENTRY_KINDS, KINDS } from '../../shared/kinds';
import { deriveExchanges } from './ledger';
import { CLEAR_SEARCH_INDEX, DOC_SPAN, FILL_SEARCH_INDEX } from './migrations/0005-search';
import { COUNTED, freshCounts } from './migrations/0009-entry-counts';
import { COUNT_ROLLUPS, FRESH_LEARNER_MONTHS, freshCountRollup } from './migrations/0010-pattern-rollups';
import { FRESH_EXCHANGE_DAYS } from './migrations/0011-exchange-days';

/**
 * The data the library keeps derived from its source rows, compared with a fresh computation of it:
 * the ledger rows of feedback and lessons (db/ledger.ts), the monthly rollup (exchange_months, kept
 * by triggers), the search index (search_docs and the words in search_index, kept by triggers), the
 * counters of lists and timelines (the *_counts tables, migration 0009) and the pattern engine's
 * monthly rollups (migration 0010) and the ledger's daily rollup (exchange_days, 0011), all kept by triggers.
 * Each is recomputed by the code that builds it in the first place, on an in-memory copy, so the
 * library itself is only read. A new derived table adds one entry to DERIVED_DATA.
 */
export interface DerivedData {
  /** What it is, as a difference names it. */
  what: string;
  /** The columns that name a row, and the columns whose values must agree. */
  key: readonly string[];
  columns: readonly string[];
  /** A SELECT of the key and columns as the library holds them. */
  stored: string;
  /** Recomputes the data from its source rows in `copy` (a copy of the library); absent when `fresh` computes it by itself. */
  recompute?: (copy: Database.Database) => void;
  /** A SELECT of the key and columns as computed afresh (after `recompute`, in the copy). */
  fresh: string;
}

/** Differences of one kind of data shown before the rest are counted. */
const SHOWN = 10;

const derivedKinds = ENTRY_KINDS.filter((kind) => KINDS[kind].ledger === 'derived');
const derivedSources = derivedKinds.map((kind) => `'${kind}'`).join(', ');
const LEDGER_COLUMNS = ['collaborator_id', 'project_id', 'benefit', 'weight', 'initiated_by', 'date', 'note', 'created_at', 'deleted_at'];

/** One word of the index: which row's document (kind code and id), where in it, and the word. */
const indexedWords = (vocab: string) => `
  SELECT v.doc / ${DOC_SPAN} AS code, coalesce(d.entry_id, 'no row (document ' || v.doc || ')') AS entry_id, v.col, v.offset, v.term
  FROM ${vocab} v LEFT JOIN search_docs d ON d.doc = v.doc`;

const SEARCH_WORDS = 'temp.derived_check_words';

export const DERIVED_DATA: readonly DerivedData[] = [
  {
    what: 'the ledger rows derived from feedback and lessons (exchanges)',
    key: ['source', 'source_id', 'direction'],
    columns: LEDGER_COLUMNS,
    stored: `SELECT source, source_id, direction, ${LEDGER_COLUMNS.join(', ')} FROM exchanges WHERE source IN (${derivedSources})`,
    recompute(copy) {
      copy.exec(`DELETE FROM exchanges WHERE source IN (${derivedSources})`);
      const at = new Date().toISOString();
      for (const kind of derivedKinds) {
        for (const { id } of copy.prepare(`SELECT id FROM ${KINDS[kind].table}`).all() as { id: string }[]) deriveExchanges(copy, kind, id, at);
      }
    },
    fresh: `SELECT source, source_id, direction, ${LEDGER_COLUMNS.join(', ')} FROM exchanges WHERE source IN (${derivedSources})`,
  },
  {
    what: 'the monthly rollup of the ledger (exchange_months)',
    key: ['collaborator_id', 'month', 'direction', 'benefit'],
    columns: ['weight_sum', 'entry_count'],
    stored: 'SELECT collaborator_id, month, direction, benefit, weight_sum, entry_count FROM exchange_months',
    fresh: `SELECT collaborator_id, substr(date, 1, 7) AS month, direction, benefit, sum(weight) AS weight_sum, count(*) AS entry_count
            FROM exchanges WHERE deleted_at IS NULL GROUP BY collaborator_id, substr(date, 1, 7), direction, benefit`,
  },
  {
    what: 'the daily rollup of the ledger (exchange_days)',
    key: ['collaborator_id', 'date', 'direction', 'benefit'],
    columns: ['weight_sum', 'entry_count'],
    stored: 'SELECT collaborator_id, date, direction, benefit, weight_sum, entry_count FROM exchange_days',
    fresh: FRESH_EXCHANGE_DAYS,
  },
  {
    what: 'the documents of the search index (search_docs)',
    key: ['code', 'entry_id'],
    columns: ['documents'],
    stored: `SELECT doc / ${DOC_SPAN} AS code, entry_id, count(*) AS documents FROM search_docs GROUP BY code, entry_id`,
    recompute: (copy) => copy.exec(`${CLEAR_SEARCH_INDEX}${FILL_SEARCH_INDEX}`),
    fresh: `SELECT doc / ${DOC_SPAN} AS code, entry_id, count(*) AS documents FROM search_docs GROUP BY code, entry_id`,
  },
  {
    what: 'the words in the search index (search_index)',
    key: ['code', 'entry_id', 'col', 'offset'],
    columns: ['term'],
    stored: indexedWords(SEARCH_WORDS),
    recompute: (copy) => copy.exec(`${CLEAR_SEARCH_INDEX}${FILL_SEARCH_INDEX}`),
    fresh: indexedWords(SEARCH_WORDS),
  },
  ...COUNTED.map(
    (counted): DerivedData => ({
      what: `the counters of ${counted.table} for lists and timelines (${counted.counts})`,
      key: ['scope', 'scope_id', ...counted.facets, 'live'],
      columns: [...(counted.weight ? ['weight_sum'] : []), 'entry_count'],
      stored: `SELECT * FROM ${counted.counts}`,
      fresh: freshCounts(counted),
    }),
  ),
  ...COUNT_ROLLUPS.map(
    (rollup): DerivedData => ({
      what: `the pattern engine's rollup of ${rollup.source} (${rollup.table})`,
      key: rollup.key.map((key) => key.column),
      columns: ['entry_count'],
      stored: `SELECT * FROM ${rollup.table}`,
      fresh: freshCountRollup(rollup),
    }),
  ),
  {
    what: "the pattern engine's rollup of lessons as learner (learner_lesson_months)",
    key: ['collaborator_id', 'month'],
    columns: ['lessons', 'rated', 'confidence_sum', 'confidence_position_sum', 'practice_total', 'practice_done'],
    stored: 'SELECT * FROM learner_lesson_months',
    fresh: FRESH_LEARNER_MONTHS,
  },
];

/** The copy's own schema knows nothing of temp tables: each copy gets the vocabulary view of its index. */
function prepareCopy(copy: Database.Database): void {
  copy.exec(`CREATE VIRTUAL TABLE ${SEARCH_WORDS} USING fts5vocab(main, search_index, 'instance')`);
}

/**
 * An in-memory copy of the library. The image of a WAL-mode file says so in its header (bytes 18
 * and 19), and a copy in memory cannot have a -wal; marked as a rollback-journal file, it opens.
 */
export function memoryCopyOf(db: Database.Database): Database.Database {
  const image = db.serialize();
  image[18] = 1;
  image[19] = 1;
  return new Database(image);
}

const copyOf = (db: Database.Database): Database.Database => {
  const copy = memoryCopyOf(db);
  prepareCopy(copy);
  return copy;
};

const quoted = (name: string) => `"${name}"`;
const shown = (row: Record<string, unknown>) =>
  Object.entries(row)
    .map(([name, value]) => `${name} ${value === null ? 'null' : JSON.stringify(value)}`)
    .join(', ');

/** The rows of `stored` and `fresh` (both already in temp tables of `copy`) that differ, as sentences. */
function differencesOf(copy: Database.Database, data: DerivedData, stored: string, fresh: string): string[] {
  const on = (table: string) => data.key.map((column) => `${table}.${quoted(column)} IS k.${quoted(column)}`).join(' AND ');
  const json = (table: string, columns: readonly string[]) =>
    `CASE WHEN ${table}.rowid IS NULL THEN NULL ELSE json_object(${columns.map((column) => `'${column}', ${table}.${quoted(column)}`).join(', ')}) END`;
  const keyColumns = data.key.map(quoted).join(', ');
  const rows = copy
    .prepare(
      `SELECT json_object(${data.key.map((column) => `'${column}', k.${quoted(column)}`).join(', ')}) AS key,
              ${json('s', data.columns)} AS stored, ${json('f', data.columns)} AS fresh
       FROM (SELECT ${keyColumns} FROM ${stored} UNION SELECT ${keyColumns} FROM ${fresh}) k
       LEFT JOIN ${stored} s ON ${on('s')} LEFT JOIN ${fresh} f ON ${on('f')}
       WHERE s.rowid IS NULL OR f.rowid IS NULL
          OR ${data.columns.map((column) => `s.${quoted(column)} IS NOT f.${quoted(column)}`).join(' OR ')}
       LIMIT ${SHOWN + 1}`,
    )
    .all() as { key: string; stored: string | null; fresh: string | null }[];
  const sentences = rows.slice(0, SHOWN).map(({ key, stored: found, fresh: computed }) => {
    const where = shown(JSON.parse(key) as Record<string, unknown>);
    const holds = found === null ? 'is missing' : `holds ${shown(JSON.parse(found) as Record<string, unknown>)}`;
    const gives = computed === null ? 'has no such row' : `gives ${shown(JSON.parse(computed) as Record<string, unknown>)}`;
    return `${data.what}: the row ${where} ${holds}; a fresh computation ${gives}`;
  });
  if (rows.length > SHOWN) sentences.push(`${data.what}: and more differences than the ${SHOWN} above`);
  return sentences;
}

/** Copies the rows of a SELECT into a temp table keyed as the data is, so the comparison can join on the key. */
function snapshot(copy: Database.Database, data: DerivedData, name: string, select: string): string {
  const table = `temp.${name}`;
  copy.exec(`CREATE TABLE ${table} AS SELECT * FROM (${select}) WHERE 0`);
  copy.exec(`CREATE UNIQUE INDEX temp.${name}_key ON ${name} (${data.key.map(quoted).join(', ')})`);
  copy.exec(`INSERT INTO ${table} ${select}`);
  return table;
}

/**
 * Every difference between the derived data `db` holds and a fresh computation of it from its
 * source rows, in words (an empty list: it all agrees), plus what FTS5's own integrity-check finds
 * in the index. `db` is only read; it may be open read-only.
 */
export function derivedDataDifferences(db: Database.Database, derived: readonly DerivedData[] = DERIVED_DATA): string[] {
  const differences: string[] = [];
  for (const data of derived) {
    const copy = copyOf(db);
    try {
      // A duplicate key in the stored rows is a difference in itself (the unique index refuses it).
      let stored: string;
      try {
        stored = snapshot(copy, data, 'derived_check_stored', data.stored);
      } catch (error) {
        differences.push(`${data.what}: the stored rows repeat a key (${error instanceof Error ? error.message : String(error)})`);
        continue;
      }
      data.recompute?.(copy);
      const fresh = snapshot(copy, data, 'derived_check_fresh', data.fresh);
      differences.push(...differencesOf(copy, data, stored, fresh));
    } finally {
      copy.close();
    }
  }
  differences.push(...searchIndexIntegrity(db));
  return differences;
}

/** FTS5's check of its own structures (it cannot compare a contentless index with its text; the words above do). */
function searchIndexIntegrity(db: Database.Database): string[] {
  const copy = memoryCopyOf(db);
  try {
    copy.exec(`INSERT INTO search_index (search_index) VALUES ('integrity-check')`);
    return [];
  } catch (error) {
    return [`the search index (search_index) fails its own integrity-check: ${error instanceof Error ? error.message : String(error)}`];
  } finally {
    copy.close();
  }
}
