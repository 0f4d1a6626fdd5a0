import type { z } from 'zod';
import type { EntryKind, LedgerKind } from './entryKind';
import type { RecordKind } from './recordKind';

/**
 * What every kind of record has, log entry or not: its names in each layer and the words its
 * messages use. The soft delete, the bin and export/import need no more than this.
 */
export interface RecordKindDescriptor<K extends RecordKind = RecordKind> {
  kind: K;
  /** The contract's prefix: `${area}.get`, `${area}.delete`, `${area}.restore`, … and the query-cache area. */
  area: string;
  /** The table its rows live in (help lives in the ledger itself). */
  table: string;
  labels: {
    /** "Feedback", "Lesson", "Self-assessment": a badge, a chip, the quick-capture tab. */
    one: string;
    /** "Feedback", "Lessons": a heading, a list's name. */
    many: string;
    /** In a sentence: "Restore this request". */
    noun: string;
    /** Messages: "That request was not found", "This request is deleted". */
    that: string;
    this: string;
  };
  paths: {
    /** One record is at `${entry}/${id}`. */
    entry: string;
  };
}

/**
 * Everything the app knows about one kind of log entry that is not its fields: its names in each
 * layer, its pages, its schemas and its place in the ledger. One descriptor per kind, in
 * src/shared/kinds/<kind>.ts; the renderer adds its components in src/renderer/src/kinds/.
 */
export interface EntryKindDescriptor<K extends EntryKind = EntryKind> extends RecordKindDescriptor<K> {
  /** The entity field that holds the entry's day (what "when" means for this kind). */
  dateField: string;
  labels: RecordKindDescriptor['labels'] & {
    /** The sidebar's name for the kind's list (help's list is the whole ledger: "Give & take"). */
    nav: string;
    /** The "N" shortcut and the list's main button. */
    create: string;
  };
  paths: {
    /** The list page in the sidebar. */
    list: string;
    /** An entry is at `${entry}/${id}`, its editor at `${entry}/${id}/edit`, a new one at `${entry}/new`. */
    entry: string;
  };
  /** The paged list method a log list reads. */
  listMethod: `${string}.list`;
  /** How the kind meets the ledger: its rows derived from the entry, logged directly, or not at all. */
  ledger: K extends LedgerKind ? (K extends 'help' ? 'direct' : 'derived') : 'none';
  schemas: { entity: z.ZodType; fields: z.ZodType; patch: z.ZodType };
}

/** Keeps a descriptor's literal types (its area and method names) while checking its shape. */
export const defineKind = <const D extends EntryKindDescriptor>(descriptor: D): D => descriptor;

/** The same for a record kind that is not a log entry. */
export const defineRecordKind = <const D extends RecordKindDescriptor>(descriptor: D): D => descriptor;
