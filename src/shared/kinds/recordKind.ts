import { z } from 'zod';
import { ENTRY_KINDS, type EntryKind } from './entryKind';

/**
 * Every kind of record the user writes and the bin holds: the log's entries (ENTRY_KINDS: dated,
 * with a person, in timelines, quick capture and the ledger) and the records that are none of
 * that (a self-assessment: no person, no project, not an exchange). What walks every record —
 * soft delete, the Recently deleted view, export and import — walks this list; what walks the
 * log walks ENTRY_KINDS.
 */
export const RECORD_KINDS = [...ENTRY_KINDS, 'selfAssessment'] as const;
export const RecordKind = z.enum(RECORD_KINDS, { message: 'Choose feedback, lesson, help, request or self-assessment' });
export type RecordKind = z.infer<typeof RecordKind>;

export const isEntryKind = (kind: RecordKind): kind is EntryKind => (ENTRY_KINDS as readonly string[]).includes(kind);
