import type { Migration } from './types';

/**
 * Full-text search over every entry, person and project.
 *
 * search_index is a contentless FTS5 table (content='', contentless_delete=1): it holds the index
 * of the words and nothing else, so the text is not stored twice; the words a hit shows come from
 * the entry's own row. Each document has a number (its FTS rowid) kept in search_docs beside the
 * id of the row it indexes. A document number is `code × 2^48 + n`, so each kind of document owns
 * a range of numbers: "only lessons" is a rowid range FTS5 reads directly, and a hit's kind needs
 * no lookup. Within a range numbers count down, so reading in rowid order reads newest first.
 *
 * Triggers keep the index in the same transaction as every write: a row that is live gets its
 * document, one soft-deleted (deleted_at set) loses it, a restored one gets it back; people and
 * projects stay indexed when archived. Help is the ledger's rows with source 'help' only: the rows
 * derived from feedback and lessons are found through their entry, not twice.
 *
 * Two columns: `title` (what names the thing: a piece, a lesson's topics, what was asked, a name)
 * and `body` (the rest of its text); the query weighs the first above the second.
 *
 * Search runs as a person types, so every word is looked up as a prefix. FTS5 answers a prefix
 * query by reading and merging the whole doclist of every word it matches before the first row
 * comes back (tens of milliseconds for a word in every entry at 100k); a prefix of a length that
 * has a prefix index is one term's doclist, read lazily like an exact word. SEARCH_PREFIX_LENGTHS
 * covers the words people type; a longer one still works, at the merging cost.
 */

type Row = string;

export interface SearchSource {
  /** The group the hits are shown under: an entry kind, 'person' or 'project'. */
  group: 'feedback' | 'lesson' | 'help' | 'request' | 'person' | 'project';
  /** The high part of its document numbers. */
  code: number;
  table: string;
  /** The columns its document is made of (an UPDATE OF other columns leaves the index alone). */
  columns: readonly string[];
  /** Whether the row (NEW, OLD or a table alias) has a document. */
  live: (row: Row) => string;
  title: (row: Row) => string;
  body: (row: Row) => string;
}

/** Joins non-empty texts with a newline (the tokenizer treats it as a separator). */
const joined = (...parts: string[]) => `concat_ws(char(10), ${parts.map((part) => `nullif(${part}, '')`).join(', ')})`;

const practiceText = (lesson: Row) =>
  `(SELECT group_concat(text, char(10)) FROM (SELECT text FROM practice_items WHERE lesson_id = ${lesson}.id ORDER BY position))`;

export const SEARCH_SOURCES: readonly SearchSource[] = [
  {
    group: 'feedback',
    code: 1,
    table: 'feedback',
    columns: ['id', 'piece', 'body', 'anchor_text', 'decline_reason', 'deleted_at'],
    live: (row) => `${row}.deleted_at IS NULL`,
    title: (row) => `${row}.piece`,
    body: (row) => joined(`${row}.body`, `${row}.anchor_text`, `${row}.decline_reason`),
  },
  {
    group: 'lesson',
    code: 2,
    table: 'lessons',
    columns: ['id', 'topics', 'takeaways', 'deleted_at'],
    live: (row) => `${row}.deleted_at IS NULL`,
    title: (row) => `${row}.topics`,
    body: (row) => joined(`${row}.takeaways`, practiceText(row)),
  },
  {
    group: 'help',
    code: 3,
    table: 'exchanges',
    columns: ['id', 'source', 'note', 'deleted_at'],
    live: (row) => `${row}.source = 'help' AND ${row}.deleted_at IS NULL`,
    title: () => `''`,
    body: (row) => `${row}.note`,
  },
  {
    group: 'request',
    code: 4,
    table: 'requests',
    columns: ['id', 'what', 'note', 'deleted_at'],
    live: (row) => `${row}.deleted_at IS NULL`,
    title: (row) => `${row}.what`,
    body: (row) => `${row}.note`,
  },
  {
    group: 'person',
    code: 5,
    table: 'collaborators',
    columns: ['id', 'name', 'notes'],
    live: () => '1',
    title: (row) => `${row}.name`,
    body: (row) => `${row}.notes`,
  },
  {
    group: 'project',
    code: 6,
    table: 'projects',
    columns: ['id', 'title', 'description'],
    live: () => '1',
    title: (row) => `${row}.title`,
    body: (row) => `${row}.description`,
  },
];

/** Prefix lengths with a prefix index of their own (in characters, as FTS5 counts them). */
export const SEARCH_PREFIX_LENGTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** Document numbers of one source: [low, high). */
export const DOC_SPAN = 2 ** 48;
export const docRange = (code: number): [number, number] => [code * DOC_SPAN, (code + 1) * DOC_SPAN];
export const docCode = (doc: number): number => Math.floor(doc / DOC_SPAN);

const inRange = (source: SearchSource, column = 'doc') => {
  const [low, high] = docRange(source.code);
  return `${column} >= ${low} AND ${column} < ${high}`;
};

const docsOf = (source: SearchSource, id: string) => `SELECT doc FROM search_docs WHERE entry_id = ${id} AND ${inRange(source)}`;

/** Numbers count down within a range: the newest document has the lowest, so rowid order is newest first. */
const nextDoc = (source: SearchSource) =>
  `(SELECT coalesce(min(doc), ${docRange(source.code)[1]}) - 1 FROM search_docs WHERE ${inRange(source)})`;

/** Drops the document of the row with id `id`, if it has one. */
const unindex = (source: SearchSource, id: string) => `
  DELETE FROM search_index WHERE rowid IN (${docsOf(source, id)});
  DELETE FROM search_docs WHERE entry_id = ${id} AND ${inRange(source)};`;

/** Gives the row NEW its document when it is live. */
const index = (source: SearchSource) => `
  INSERT INTO search_docs (doc, entry_id) SELECT ${nextDoc(source)}, NEW.id WHERE ${source.live('NEW')};
  INSERT INTO search_index (rowid, title, body)
    SELECT doc, ${source.title('NEW')}, ${source.body('NEW')} FROM search_docs WHERE entry_id = NEW.id AND ${inRange(source)};`;

/** Writes a lesson's document again from its row (its practice list changed; its number stays). */
const reindexLesson = (lessonId: string) => {
  const lesson = SEARCH_SOURCES.find((source) => source.group === 'lesson') as SearchSource;
  return `
  DELETE FROM search_index WHERE rowid IN (${docsOf(lesson, lessonId)});
  INSERT INTO search_index (rowid, title, body)
    SELECT d.doc, ${lesson.title('l')}, ${lesson.body('l')}
    FROM search_docs d JOIN lessons l ON l.id = d.entry_id
    WHERE d.entry_id = ${lessonId} AND ${inRange(lesson, 'd.doc')};`;
};

function triggers(source: SearchSource): string {
  const name = `search_${source.table}`;
  // Derived ledger rows never have a document; their writes skip the triggers entirely.
  const when = (row: Row) => (source.group === 'help' ? `WHEN ${row}.source = 'help'` : '');
  const whenUpdate = source.group === 'help' ? `WHEN OLD.source = 'help' OR NEW.source = 'help'` : '';
  return `
    CREATE TRIGGER ${name}_insert AFTER INSERT ON ${source.table} ${when('NEW')} BEGIN ${index(source)} END;
    CREATE TRIGGER ${name}_update AFTER UPDATE OF ${source.columns.join(', ')} ON ${source.table} ${whenUpdate}
      BEGIN ${unindex(source, 'OLD.id')} ${index(source)} END;
    CREATE TRIGGER ${name}_delete AFTER DELETE ON ${source.table} ${when('OLD')} BEGIN ${unindex(source, 'OLD.id')} END;`;
}

const PRACTICE_TRIGGERS = `
  CREATE TRIGGER search_practice_items_insert AFTER INSERT ON practice_items BEGIN ${reindexLesson('NEW.lesson_id')} END;
  CREATE TRIGGER search_practice_items_update AFTER UPDATE OF text, lesson_id, position ON practice_items
    BEGIN ${reindexLesson('OLD.lesson_id')} ${reindexLesson('NEW.lesson_id')} END;
  CREATE TRIGGER search_practice_items_delete AFTER DELETE ON practice_items BEGIN ${reindexLesson('OLD.lesson_id')} END;`;

/**
 * Every live row's document, numbered down in row order (the last row written is the newest), for
 * a library whose index is empty: the migration's backfill and the bench's bulk load (after
 * CLEAR_SEARCH_INDEX). The id index is built after the rows in one sorted pass, and the rows are
 * written in key order, so pages fill up instead of splitting half empty.
 */
const numberSource = (source: SearchSource) => `
  INSERT INTO search_docs (doc, entry_id)
    SELECT ${docRange(source.code)[1]} - row_number() OVER (ORDER BY t.rowid) AS doc, t.id
    FROM ${source.table} t WHERE ${source.live('t')}
    ORDER BY doc;`;

const documentsOf = (source: SearchSource) => `
    SELECT d.doc, ${source.title('t')}, ${source.body('t')}
    FROM search_docs d JOIN ${source.table} t ON t.id = d.entry_id WHERE ${inRange(source, 'd.doc')}`;

/**
 * The documents go in as ONE statement, in document order (the sources' ranges in turn, each read in
 * number order): FTS5 writes what it has gathered as a segment at the end of every statement, so one
 * statement per source left a segment each for 'optimize' to merge, that is the whole index written
 * twice. (How much FTS5 gathers before writing is its hashsize; an import's load raises it.)
 */
export const FILL_SEARCH_INDEX = `
  DROP INDEX IF EXISTS search_docs_by_entry;
  ${SEARCH_SOURCES.map(numberSource).join('\n')}
  INSERT INTO search_index (rowid, title, body)
    ${SEARCH_SOURCES.map(documentsOf).join('\n    UNION ALL')};
  CREATE INDEX search_docs_by_entry ON search_docs (entry_id);
  -- One segment instead of the many a bulk insert leaves, so the first queries need not merge them.
  INSERT INTO search_index (search_index) VALUES ('optimize');`;

export const CLEAR_SEARCH_INDEX = `
  DELETE FROM search_docs;
  INSERT INTO search_index (search_index) VALUES ('delete-all');`;

export const migration0005: Migration = {
  version: 5,
  name: 'full-text search over entries, people and projects',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE search_index USING fts5(
        title, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '${SEARCH_PREFIX_LENGTHS.join(' ')}'
      );
      CREATE TABLE search_docs (
        doc INTEGER PRIMARY KEY NOT NULL,
        entry_id TEXT NOT NULL
      ) STRICT;
      ${SEARCH_SOURCES.map(triggers).join('\n')}
      ${PRACTICE_TRIGGERS}
      ${FILL_SEARCH_INDEX}
    `);
  },
};
