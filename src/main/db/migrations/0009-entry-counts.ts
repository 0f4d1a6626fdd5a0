import { keptInStep, type TriggerRow as Row } from './derivedTriggers';
import type { Migration } from './types';

/** A table of the log and the counter table kept from it: the columns a list filters on, and a weight to sum. */
interface Counted {
  table: string;
  counts: string;
  /** The columns a list or a timeline filters on besides the person and the project. */
  facets: readonly string[];
  /** Summed into weight_sum besides the count (the ledger's totals). */
  weight?: string;
}

/**
 * The counter tables of the log's lists and timelines. Each entry is counted twice: under its
 * person and under its project ('' for none), so a list filtered by either, and the whole list (the
 * project cells summed), read a few hundred cells instead of every matching row.
 */
export const COUNTED: readonly Counted[] = [
  { table: 'exchanges', counts: 'exchange_counts', facets: ['source', 'direction', 'benefit'], weight: 'weight' },
  { table: 'feedback', counts: 'feedback_counts', facets: ['direction', 'status', 'kind'] },
  { table: 'lessons', counts: 'lesson_counts', facets: ['user_role', 'status'] },
  { table: 'requests', counts: 'request_counts', facets: ['asked_by', 'outcome'] },
];

const SCOPES = [
  { scope: 'collaborator', id: (row: string) => `${row}.collaborator_id` },
  { scope: 'project', id: (row: string) => `coalesce(${row}.project_id, '')` },
] as const;

const live = (row: string) => `(${row}.deleted_at IS NULL)`;

/** The counter cell of one row (NEW or OLD inside a trigger) under one scope. */
const cellOf = (counted: Counted, row: Row, scope: (typeof SCOPES)[number]) =>
  [
    `scope = '${scope.scope}'`,
    `scope_id = ${scope.id(row)}`,
    ...counted.facets.map((facet) => `${facet} = ${row}.${facet}`),
    `live = ${live(row)}`,
  ].join(' AND ');

/**
 * Counts the row into its cells, creating a cell for its first row. As in migration 0003 the cell is
 * created only if missing (NOT EXISTS), not with INSERT OR IGNORE: inside a trigger the outer
 * statement's conflict policy wins, and the ledger's upsert would turn an ignored conflict into an abort.
 */
const addTo = (counted: Counted, row: Row) =>
  SCOPES.map(
    (scope) => `
  INSERT INTO ${counted.counts} (scope, scope_id, ${counted.facets.join(', ')}, live, ${counted.weight ? 'weight_sum, ' : ''}entry_count)
    SELECT '${scope.scope}', ${scope.id(row)}, ${counted.facets.map((facet) => `${row}.${facet}`).join(', ')}, ${live(row)}, ${counted.weight ? '0, ' : ''}0
    WHERE NOT EXISTS (SELECT 1 FROM ${counted.counts} WHERE ${cellOf(counted, row, scope)});
  UPDATE ${counted.counts} SET entry_count = entry_count + 1${counted.weight ? `, weight_sum = weight_sum + ${row}.${counted.weight}` : ''}
    WHERE ${cellOf(counted, row, scope)};`,
  ).join('');

/** Takes the row out of its cells; an emptied cell goes, so the counters equal a GROUP BY. */
const takeFrom = (counted: Counted, row: Row) =>
  SCOPES.map(
    (scope) => `
  UPDATE ${counted.counts} SET entry_count = entry_count - 1${counted.weight ? `, weight_sum = weight_sum - ${row}.${counted.weight}` : ''}
    WHERE ${cellOf(counted, row, scope)};
  DELETE FROM ${counted.counts} WHERE entry_count = 0 AND ${cellOf(counted, row, scope)};`,
  ).join('');

/** The counters of one table computed from its rows: what the migration fills and the integrity check compares. */
export function freshCounts(counted: Counted): string {
  const facets = counted.facets.join(', ');
  const sums = `${counted.weight ? `sum(${counted.weight}) AS weight_sum, ` : ''}count(*) AS entry_count`;
  return SCOPES.map(
    (scope) => `SELECT '${scope.scope}' AS scope, ${scope.id(counted.table)} AS scope_id, ${facets}, ${live(counted.table)} AS live, ${sums}
      FROM ${counted.table} GROUP BY scope_id, ${facets}, live`,
  ).join(' UNION ALL ');
}

/**
 * The counters of one table as freshCounts computes them, in one pass over the rows: they are summed
 * once per person, project and facets, and the (few thousand) sums then once per scope, instead of
 * the rows sorted once per scope. What it gives is freshCounts' (0009-entry-counts.test.ts).
 */
export function freshCountsInOnePass(counted: Counted): string {
  const facets = counted.facets.join(', ');
  const weight = counted.weight ? `sum(${counted.weight}) AS weight_sum, ` : '';
  const weightOfCells = counted.weight ? 'sum(weight_sum), ' : '';
  const scopes = SCOPES.map(
    (scope) => `SELECT '${scope.scope}', ${scope.scope}_id, ${facets}, live, ${weightOfCells}sum(entry_count)
      FROM cells GROUP BY ${scope.scope}_id, ${facets}, live`,
  ).join(' UNION ALL ');
  return `WITH cells AS MATERIALIZED (
      SELECT ${SCOPES.map((scope) => `${scope.id(counted.table)} AS ${scope.scope}_id`).join(', ')}, ${facets},
        ${live(counted.table)} AS live, ${weight}count(*) AS entry_count
      FROM ${counted.table} GROUP BY collaborator_id, project_id, ${facets}, live)
    ${scopes}`;
}

/** Fills every counter table from its rows at once (the migration; an import's or the bench's bulk load). */
export const FILL_ENTRY_COUNTS = COUNTED.map((counted) => `INSERT INTO ${counted.counts} ${freshCountsInOnePass(counted)};`).join('\n');

const createTable = (counted: Counted) => `
  -- No foreign key: every row is derived from ${counted.table}, which holds the references.
  CREATE TABLE ${counted.counts} (
    scope TEXT NOT NULL,
    scope_id TEXT NOT NULL,
    ${counted.facets.map((facet) => `${facet} TEXT NOT NULL,`).join('\n    ')}
    live INTEGER NOT NULL,
    ${counted.weight ? 'weight_sum INTEGER NOT NULL,' : ''}
    entry_count INTEGER NOT NULL,
    PRIMARY KEY (scope, scope_id, ${counted.facets.join(', ')}, live)
  ) STRICT, WITHOUT ROWID;`;

const triggers = (counted: Counted) =>
  keptInStep(
    counted.counts,
    counted.table,
    ['collaborator_id', 'project_id', ...counted.facets, ...(counted.weight ? [counted.weight] : []), 'deleted_at'],
    (row) => addTo(counted, row),
    (row) => takeFrom(counted, row),
  );

/**
 * "Recently deleted" reads each table's deleted rows newest first and counts them: these indexes
 * hold only the rows in the bin, so that costs the bin, not the log (help is told apart from the
 * ledger rows deleted with their entry by its source, which the index carries).
 */
const IN_BIN_INDEXES = `
  CREATE INDEX feedback_in_bin ON feedback (deleted_at, id) WHERE deleted_at IS NOT NULL;
  CREATE INDEX lessons_in_bin ON lessons (deleted_at, id) WHERE deleted_at IS NOT NULL;
  CREATE INDEX requests_in_bin ON requests (deleted_at, id) WHERE deleted_at IS NOT NULL;
  CREATE INDEX exchanges_in_bin ON exchanges (deleted_at, id, source) WHERE deleted_at IS NOT NULL;
  CREATE INDEX self_assessments_in_bin ON self_assessments (deleted_at, id) WHERE deleted_at IS NOT NULL;`;

/**
 * Issue 9: the first page of a list or a timeline costs the page, not the log. Its total (and the
 * ledger's weight given and received, and a timeline's counts per type) were a count over every
 * matching row: at a million exchanges, more than a full scan. These counter tables hold, per person
 * and per project, the live and the deleted entries of each kind by the columns the lists filter on,
 * kept by triggers in the same transaction as every write, whichever code path made it; a filter by
 * date reads the rows themselves (db/entryCounts.ts). The bin's own indexes (above) do the same for
 * "Recently deleted".
 */
export const migration0009: Migration = {
  version: 9,
  name: 'counters of the log for its lists and timelines',
  up(db) {
    db.exec(COUNTED.map(createTable).join('\n'));
    db.exec(FILL_ENTRY_COUNTS);
    db.exec(COUNTED.map(triggers).join('\n'));
    db.exec(IN_BIN_INDEXES);
  },
};
