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
  /** The row behind one document, by id, with the shape of HitRow. */
  row: string;
  /** Conditions (on d.entry_id, or t for the row) that keep the person's or project's hits. */
  person: string;
  project: string;
  /** Whether the conditions need the row itself joined. */
  joinsRow: boolean;
}

const SEP = `char(1)`;
const parts = (...columns: string[]) => `concat_ws(${SEP}, ${columns.map((column) => `nullif(${column}, '')`).join(', ')})`;
const entry = (table: string, date: string, title: string, body: string): KindQuery => ({
  row: `
    SELECT t.id, ${title} AS title, ${body} AS body, t.${date} AS date, c.name AS person_name, p.title AS project_title, 0 AS archived
    FROM ${table} t JOIN collaborators c ON c.id = t.collaborator_id LEFT JOIN projects p ON p.id = t.project_id
    WHERE t.id = ?`,
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
    row: `SELECT id, name AS title, notes AS body, NULL AS date, NULL AS person_name, NULL AS project_title,
            archived_at IS NOT NULL AS archived FROM collaborators WHERE id = ?`,
    person: 'd.entry_id = @personId',
    project: 'EXISTS (SELECT 1 FROM project_members m WHERE m.collaborator_id = d.entry_id AND m.project_id = @projectId)',
    joinsRow: false,
  },
  project: {
    row: `SELECT id, title, description AS body, NULL AS date, NULL AS person_name, NULL AS project_title,
            archived_at IS NOT NULL AS archived FROM projects WHERE id = ?`,
    person: 'EXISTS (SELECT 1 FROM project_members m WHERE m.project_id = d.entry_id AND m.collaborator_id = @personId)',
    project: 'd.entry_id = @projectId',
    joinsRow: false,
  },
};

const sourceOf = (kind: SearchKind): SearchSource => SEARCH_SOURCES.find((source) => source.group === kind) as SearchSource;

/**
 * The statements for one kind: the newest matches (up to SEARCH_COUNT_MAX + 1 of them, which also
 * counts them) and the best by bm25. Document numbers count down, so rowid order is newest first
 * and FTS5 stops reading after the first rows.
 */
function kindSql(kind: SearchKind, filters: { person: boolean; project: boolean }): { newest: string; ranked: string } {
  const source = sourceOf(kind);
  const query = KIND_QUERIES[kind];
  const filtered = filters.person || filters.project;
  const joins = filtered ? `JOIN search_docs d ON d.doc = i.rowid${query.joinsRow ? ` JOIN ${source.table} t ON t.id = d.entry_id` : ''}` : '';
  const where = [
    'search_index MATCH @match',
    'i.rowid >= @low AND i.rowid < @high',
    ...(filters.person ? [query.person] : []),
    ...(filters.project ? [query.project] : []),
  ].join(' AND ');
  const from = `FROM search_index i ${joins} WHERE ${where}`;
  return {
    newest: `SELECT i.rowid AS doc ${from} ORDER BY i.rowid LIMIT ${SEARCH_COUNT_MAX + 1}`,
    ranked: `SELECT i.rowid AS doc ${from} ORDER BY bm25(search_index, ${WEIGHTS.title}, ${WEIGHTS.body}), i.rowid LIMIT @limit`,
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
 * body), or newest first for a word in more than SEARCH_COUNT_MAX of them; `limit` is per kind.
 * Text without a word (only punctuation, say) finds nothing.
 */
export function searchLibrary(db: Database.Database, query: SearchQuery): SearchResult {
  const terms = searchTerms(query.text);
  if (terms.length === 0) return { terms, groups: [] };
  const match = matchExpression(terms);
  const kinds = SEARCH_KINDS.filter((kind) => !query.kinds || query.kinds.includes(kind));
  const filters = { person: query.personId !== undefined, project: query.projectId !== undefined };
  const groups: SearchGroup[] = [];
  for (const kind of kinds) {
    const [low, high] = docRange(sourceOf(kind).code);
    const params = {
      match,
      low,
      high,
      ...(filters.person ? { personId: query.personId } : {}),
      ...(filters.project ? { projectId: query.projectId } : {}),
    };
    const sql = kindSql(kind, filters);
    // One read gives the count (up to SEARCH_COUNT_MAX + 1) and the newest. bm25 reads every match
    // of each word (a word's weight depends on how many rows hold it); past SEARCH_COUNT_MAX the word
    // says little about relevance anyway, so the newest come first.
    const newest = statement(db, sql.newest).pluck().all(params) as number[];
    const matches = newest.length;
    if (matches === 0) continue;
    const docs = matches > SEARCH_COUNT_MAX ? newest.slice(0, query.limit) : (statement(db, sql.ranked).pluck().all({ ...params, limit: query.limit }) as number[]);
    const entryId = statement(db, 'SELECT entry_id FROM search_docs WHERE doc = ?').pluck();
    const rowOf = statement(db, KIND_QUERIES[kind].row);
    const hits: SearchHit[] = [];
    for (const doc of docs) {
      const id = entryId.get(doc) as string | undefined;
      const row = id === undefined ? undefined : (rowOf.get(id) as HitRow | undefined);
      if (!row) continue;
      hits.push({
        kind,
        id: row.id,
        ...present(row, terms),
        date: row.date,
        personName: row.person_name,
        projectTitle: row.project_title,
        archived: row.archived === 1,
      });
    }
    groups.push({ kind, hits, total: Math.min(matches, SEARCH_COUNT_MAX), moreThanTotal: matches > SEARCH_COUNT_MAX });
  }
  return { terms, groups };
}
