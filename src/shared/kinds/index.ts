import type { EntryKindDescriptor, RecordKindDescriptor } from './descriptor';
import { ENTRY_KINDS, type EntryKind } from './entryKind';
import { feedbackKind } from './feedback';
import { helpKind } from './help';
import { lessonKind } from './lesson';
import { RECORD_KINDS, type RecordKind } from './recordKind';
import { requestKind } from './request';
import { selfAssessmentKind } from './selfAssessment';

export { ENTRY_KINDS, EntryKind, LEDGER_KINDS, countsByKind, withTotal, type LedgerKind } from './entryKind';
export { RECORD_KINDS, RecordKind, isEntryKind } from './recordKind';
export type { EntryKindDescriptor, RecordKindDescriptor } from './descriptor';

/**
 * The kind registry: one descriptor per kind of log entry. A kind missing here, or described
 * under the wrong key, is a compile error; every list of kinds in the app is derived from this.
 */
export const KINDS = {
  feedback: feedbackKind,
  lesson: lessonKind,
  help: helpKind,
  request: requestKind,
} as const satisfies { [K in EntryKind]: EntryKindDescriptor<K> };

/**
 * Every kind of record (RECORD_KINDS): the log's entry kinds and the records that are not log
 * entries. Soft delete, the bin, export and import walk this; the log's lists walk KINDS.
 */
export const RECORDS = {
  ...KINDS,
  selfAssessment: selfAssessmentKind,
} as const satisfies { [K in RecordKind]: RecordKindDescriptor<K> };

export type Records = typeof RECORDS;
/** The contract prefix of each kind of record: the entry kinds' and 'selfAssessments'. */
export type RecordArea = Records[RecordKind]['area'];
export const RECORD_AREAS = RECORD_KINDS.map((kind) => RECORDS[kind].area) as readonly RecordArea[];

export type Kinds = typeof KINDS;
/** The contract prefix of each kind: 'feedback' | 'lessons' | 'help' | 'requests'. */
export type KindArea = Kinds[EntryKind]['area'];
/** The paged list method each kind's list reads. */
export type KindListMethod = Kinds[EntryKind]['listMethod'];

export const KIND_AREAS = ENTRY_KINDS.map((kind) => KINDS[kind].area) as readonly KindArea[];

/** The page that shows one entry, for links from timelines, ledgers and evidence lists. */
export const entryHref = (kind: EntryKind, id: string): string => `${KINDS[kind].paths.entry}/${id}`;
/** The page that shows one record of any kind (Recently deleted links to it). */
export const recordHref = (kind: RecordKind, id: string): string => `${RECORDS[kind].paths.entry}/${id}`;
export const newEntryHref = (kind: EntryKind): string => `${KINDS[kind].paths.entry}/new`;
export const editEntryHref = (kind: EntryKind, id: string): string => `${KINDS[kind].paths.entry}/${id}/edit`;
