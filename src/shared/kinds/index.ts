import type { EntryKindDescriptor } from './descriptor';
import { ENTRY_KINDS, type EntryKind } from './entryKind';
import { feedbackKind } from './feedback';
import { helpKind } from './help';
import { lessonKind } from './lesson';
import { requestKind } from './request';

export { ENTRY_KINDS, EntryKind, LEDGER_KINDS, countsByKind, withTotal, type LedgerKind } from './entryKind';
export type { EntryKindDescriptor } from './descriptor';

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

export type Kinds = typeof KINDS;
/** The contract prefix of each kind: 'feedback' | 'lessons' | 'help' | 'requests'. */
export type KindArea = Kinds[EntryKind]['area'];
/** The paged list method each kind's list reads. */
export type KindListMethod = Kinds[EntryKind]['listMethod'];

export const KIND_AREAS = ENTRY_KINDS.map((kind) => KINDS[kind].area) as readonly KindArea[];

/** The page that shows one entry, for links from timelines, ledgers and evidence lists. */
export const entryHref = (kind: EntryKind, id: string): string => `${KINDS[kind].paths.entry}/${id}`;
export const newEntryHref = (kind: EntryKind): string => `${KINDS[kind].paths.entry}/new`;
export const editEntryHref = (kind: EntryKind, id: string): string => `${KINDS[kind].paths.entry}/${id}/edit`;
