import type Database from 'better-sqlite3';
import { SEARCH_COUNT_MAX, SEARCH_KINDS, type MarkedText, type SearchGroup, type SearchHit, type SearchKind, type SearchResult } from '../../shared/contract/search';
import { SEARCH_SOURCES, docRange, type SearchSource } from './migrations/0005-search';
import { markedLine, matchExpression, searchTerms, snippet } from './searchText';
import { statement } from './statements';

export interface SearchQuery {
  text: string;
  kinds?: readonly SearchKind[] | undefined;
  personId?: string | undefined;
  projectId?: string | undefined;
  /** Hits per kind. */
  limit: number;
}

/** bm25 weights of the index's columns: a word in the title counts four times one in the body. */
const WEIGHTS = { title: 4, body: 1 };

/**
 * Documents a word may be in for the search to be ranked by bm25. bm25 first reads every document
 * of each word in the whole index (a word's weight depends on how many hold it), then scores each
 * match (a few microseconds apiece): for a word in a few hundred documents that is already more
 * than the rest of the search. Past this, hits come newest first, which reads only what is shown.
 */
export const SEARCH_RANK_MAX = 200;

/** What a hit shows, read from the row the document was made of. */
interface HitRow {
  id: string;
  title: string;
  /** The texts the body was made of, one per line ('\u0001'-separated in the query). */
  body: string | null;
  date: string | null;
  person_name: string | null;
  project_title: string | null;
  archived: 0 | 1;
}

interface KindQuery {
  /** The columns of HitRow, read from `t` (the row), `c` and `p`. */
  columns: string;
  /** Joins from `d` (search_docs) to the row `t` and what its columns read. */
  rowJoins: string;
  /** Conditions (on d.entry_id, or t for the row) that keep the person's or project's hits. */
  person: string;
  project: string;
  /** Whether the conditions need the row itself joined. */
  joinsRow: boolean;
}

const SEP = `char(1)`;
const parts = (...columns: string[]) => `concat_ws(${SEP}, ${columns.map((column) => `nullif(${column}, '')`).join(', ')})`;
const entry = (table: string, date: string, title: string, body: string): KindQuery => ({
  columns: `t.id, ${title} AS title, ${body} AS body, t.${date} AS date, c.name AS person_name, p.title AS project_title, 0 AS archived`,
  rowJoins: `JOIN ${table} t ON t.id = d.entry_id JOIN collaborators c ON c.id = t.collaborator_id LEFT JOIN projects p ON p.id = t.project_id`,
  person: 't.collaborator_id = @personId',
  project: 't.project_id = @projectId',
  joinsRow: true,
});

const KIND_QUERIES: Record<SearchKind, KindQuery> = {
  feedback: entry('feedback', 'date', 't.piece', parts('t.body', 't.anchor_text', 't.decline_reason')),
  lesson: entry(
    'lessons',
    'date',
    't.topics',
    parts('t.takeaways', `(SELECT group_concat(text, ${SEP}) FROM (SELECT text FROM practice_items WHERE lesson_id = t.id ORDER BY position))`),
  ),
  help: entry('exchanges', 'date', `''`, 't.note'),
  request: entry('requests', 'date_asked', 't.what', 't.note'),
  person: {
    columns: `t.id, t.name AS title, t.notes AS body, NULL AS date, NULL AS person_name, NULL AS project_title,
      t.archived_at IS NOT NULL AS archived`,
    rowJoins: 'JOIN collaborators t ON t.id = d.entry_id',
    person: 'd.entry_id = @personId',
    project: 'EXISTS (SELECT 1 FROM project_members m WHERE m.collaborator_id = d.entry_id AND m.project_id = @projectId)',
    joinsRow: false,
  },
  project: {
    columns: `t.id, t.title, t.description AS body, NULL AS date, NULL AS person_name, NULL AS project_title,
      t.archived_at IS NOT NULL AS archived`,
    rowJoins: 'JOIN projects t ON t.id = d.entry_id',
    person: 'EXISTS (SELECT 1 FROM project_members m WHERE m.project_id = d.entry_id AND m.collaborator_id = @personId)',
    project: 'd.entry_id = @projectId',
    joinsRow: false,
  },
};

const sourceOf = (kind: SearchKind): SearchSource => SEARCH_SOURCES.find((source) => source.group === kind) as SearchSource;

/**
 * The statements for one kind: how many match (counted up to SEARCH_COUNT_MAX + 1, inside SQLite),
 * and the rows of the newest matches or of the best by bm25, in that order. Document numbers count
 * down, so rowid order is newest first and FTS5 stops reading after the first rows. The rows are
 * joined to the chosen documents only (the inner query's LIMIT keeps it from being flattened).
 */
function kindSql(kind: SearchKind, filters: { person: boolean; project: boolean }): { count: string; newest: string; ranked: string } {
  const source = sourceOf(kind);
  const query = KIND_QUERIES[kind];
  const filtered = filters.person || filters.project;
  const joins = filtered ? `JOIN search_docs d ON d.doc = i.rowid${query.joinsRow ? ` JOIN ${source.table} t ON t.id = d.entry_id` : ''}` : '';
  const [low, high] = docRange(source.code);
  const where = [
    'search_index MATCH @match',
    // Literals, not parameters: FTS5 seeks to a rowid bound only when it is an INTEGER, and a
    // JavaScript number is bound as a REAL, which FTS5 ignores (SQLite then filters row by row,
    // reading every match of the kinds before this one).
    `i.rowid >= ${low} AND i.rowid < ${high}`,
    ...(filters.person ? [query.person] : []),
    ...(filters.project ? [query.project] : []),
  ].join(' AND ');
  const from = `FROM search_index i ${joins} WHERE ${where}`;
  const rows = (score: string, order: string) => `
    SELECT ${query.columns}
    FROM (SELECT i.rowid AS doc, ${score} AS score ${from} ORDER BY ${order} LIMIT @limit) s
    JOIN search_docs d ON d.doc = s.doc ${query.rowJoins}
    ORDER BY s.score, s.doc`;
  return {
    count: `SELECT count(*) FROM (SELECT 1 ${from} LIMIT ${SEARCH_COUNT_MAX + 1})`,
    newest: rows('i.rowid', 'i.rowid'),
    ranked: rows(`bm25(search_index, ${WEIGHTS.title}, ${WEIGHTS.body})`, 'score, i.rowid'),
  };
}

/** The marked title line and snippet of one hit. */
function present(row: HitRow, terms: readonly string[]): { title: MarkedText; snippet: MarkedText | null } {
  const body = (row.body ?? '').split('\u0001').filter((part) => part.trim() !== '');
  const found = body.map((part) => snippet(part, terms)).find((cut) => cut !== null) ?? null;
  if (row.title.trim() !== '') return { title: markedLine(row.title, terms), snippet: found };
  // No title of its own (help, feedback without a piece): the body's first line names it.
  const title = markedLine(body[0] ?? '', terms);
  const inTitle = found !== null && body[0] !== undefined && snippet(body[0], terms) !== null && title.marks.length > 0;
  return { title, snippet: inTitle ? null : found };
}

/**
 * Looks the text up in the full-text index. Each kind's hits are ranked by bm25 (title above
 * body), or newest first when a word is in more than SEARCH_RANK_MAX documents; `limit` is per kind.
 * Text without a word (only punctuation, say) finds nothing.
 */
export function searchLibrary(db: Database.Database, query: SearchQuery): SearchResult {
  const terms = searchTerms(query.text);
  if (terms.length === 0) return { terms, groups: [] };
  const match = matchExpression(terms);
  const kinds = SEARCH_KINDS.filter((kind) => !query.kinds || query.kinds.includes(kind));
  const filters = { person: query.personId !== undefined, project: query.projectId !== undefined };
  const documents = statement(db, `SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ${SEARCH_RANK_MAX + 1})`).pluck();
  const ranked = terms.every((term) => (documents.get(matchExpression([term])) as number) <= SEARCH_RANK_MAX);
  const groups: SearchGroup[] = [];
  for (const kind of kinds) {
    const params = {
      match,
      ...(filters.person ? { personId: query.personId } : {}),
      ...(filters.project ? { projectId: query.projectId } : {}),
    };
    const sql = kindSql(kind, filters);
    // The count stops at SEARCH_COUNT_MAX + 1; newest first, FTS5 reads only as many as are shown.
    const matches = statement(db, sql.count).pluck().get(params) as number;
    if (matches === 0) continue;
    const order = ranked ? sql.ranked : sql.newest;
    const rows = statement(db, order).all({ ...params, limit: query.limit }) as HitRow[];
    const hits: SearchHit[] = rows.map((row) => ({
      kind,
      id: row.id,
      ...present(row, terms),
      date: row.date,
      personName: row.person_name,
      projectTitle: row.project_title,
      archived: row.archived === 1,
    }));
    groups.push({ kind, hits, total: Math.min(matches, SEARCH_COUNT_MAX), moreThanTotal: matches > SEARCH_COUNT_MAX });
  }
  return { terms, groups };
}
