import type Database from 'better-sqlite3';
import type { Page } from '../../shared/entities/paging';
import { statement } from './statements';

/**
 * Newest-first paging shared by the log's lists and timelines. Every entry sorts by
 * (date, created_at, id) descending: the day it happened, then the order it was logged in,
 * then the id so that the order is total and a cursor never skips or repeats an entry.
 */
export interface Keyset {
  date: string;
  createdAt: string;
  id: string;
}

export interface PageRequest {
  limit: number;
  offset?: number | undefined;
  /** Only entries strictly after this one in newest-first order. */
  after?: Keyset | undefined;
}

export interface KeysetRow {
  id: string;
  date: string;
  created_at: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A cursor's text: its key's parts as JSON, base64url so it travels as an opaque word. */
export const packCursor = (parts: readonly unknown[]): string => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');

/** The parts packed in a cursor, or undefined when the text is not JSON inside base64url (not one of ours). */
export function unpackCursor(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

export const encodeCursor = (key: Keyset): string => packCursor([key.date, key.createdAt, key.id]);

/** The keyset in a cursor, or undefined when the text is not one of ours. */
export function decodeCursor(cursor: string): Keyset | undefined {
  const value = unpackCursor(cursor);
  if (!Array.isArray(value) || value.length !== 3 || !value.every((part) => typeof part === 'string')) return undefined;
  const [date, createdAt, id] = value as [string, string, string];
  return DATE.test(date) ? { date, createdAt, id } : undefined;
}

export const keysetOf = (row: KeysetRow): Keyset => ({ date: row.date, createdAt: row.created_at, id: row.id });

/** WHERE terms joined with AND, with their named parameters. */
export class Where {
  private readonly terms: string[] = [];
  readonly params: Record<string, unknown> = {};

  add(term: string, params: Record<string, unknown> = {}): this {
    this.terms.push(term);
    Object.assign(this.params, params);
    return this;
  }

  addIf(condition: boolean, term: string): this {
    return condition ? this.add(term) : this;
  }

  /** Adds `term` with `@name = value` only when a filter value was given. */
  when(value: unknown, term: string, name: string): this {
    return value === undefined ? this : this.add(term, { [name]: value });
  }

  copy(): Where {
    const copy = new Where();
    copy.terms.push(...this.terms);
    Object.assign(copy.params, this.params);
    return copy;
  }

  get sql(): string {
    return this.terms.length > 0 ? `WHERE ${this.terms.join(' AND ')}` : '';
  }
}

/** `(date, created_at, id) < cursor` on the given columns; the indexes serve it as a range. */
export function afterTerm(where: Where, after: Keyset, dateColumn: string, alias: string): Where {
  return where.add(`(${dateColumn}, ${alias}.created_at, ${alias}.id) < (@afterDate, @afterCreatedAt, @afterId)`, {
    afterDate: after.date,
    afterCreatedAt: after.createdAt,
    afterId: after.id,
  });
}

export const newestFirst = (dateColumn: string, alias: string): string =>
  `ORDER BY ${dateColumn} DESC, ${alias}.created_at DESC, ${alias}.id DESC`;

interface PageQuery {
  /** SELECT … FROM table alias [JOIN …], without WHERE. */
  select: string;
  /** `table alias` for counting, without the joins. */
  from: string;
  alias: string;
  /** The column the list is ordered by ('f.date', 'n.date_asked'). */
  dateColumn: string;
  where: Where;
  page: PageRequest;
  /** How many rows match, when the caller knows it from counters (db/entryCounts.ts); null: counted here. */
  total?: number | null;
}

/** One page of rows (limit + 1 are read to know whether another page follows) and the total. */
export function readPage<Row extends KeysetRow>(db: Database.Database, query: PageQuery): Page<Row> {
  const { where, page, alias, dateColumn } = query;
  const total =
    query.total ??
    (statement(db, `SELECT count(*) AS n FROM ${query.from} ${where.sql}`).get(where.params) as { n: number }).n;
  const pageWhere = page.after ? afterTerm(where.copy(), page.after, dateColumn, alias) : where;
  const rows = statement(
    db,
    `${query.select} ${pageWhere.sql} ${newestFirst(dateColumn, alias)} LIMIT @limit OFFSET @offset`,
  ).all({ ...pageWhere.params, limit: page.limit + 1, offset: page.offset ?? 0 }) as Row[];
  const more = rows.length > page.limit;
  const items = more ? rows.slice(0, page.limit) : rows;
  const last = items[items.length - 1];
  return { items, total, nextCursor: more && last ? encodeCursor(keysetOf(last)) : null };
}
