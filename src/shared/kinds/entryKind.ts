import { z } from 'zod';

/**
 * The kinds of log entry, in the order the app offers them (quick capture's Alt+1…4, timeline
 * chips, evidence lists). This file is the registry's leaf: entity schemas may import it, and
 * every list of kinds in the app derives from it (src/shared/kinds/index.ts holds the rest of
 * each kind's descriptor).
 */
export const ENTRY_KINDS = ['feedback', 'lesson', 'help', 'request'] as const;
export const EntryKind = z.enum(ENTRY_KINDS, { message: 'Choose feedback, lesson, help or request' });
export type EntryKind = z.infer<typeof EntryKind>;

/**
 * The kinds whose entries are exchanges in the give/take ledger: feedback and lessons derive
 * their rows, help is logged into it directly. Requests are not exchanges.
 */
export const LEDGER_KINDS = ['feedback', 'lesson', 'help'] as const satisfies readonly EntryKind[];
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** A whole number per kind of entry, plus their total (timeline chips). */
export const countsByKind = () => {
  const int = z.number().int();
  const shape = Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, int])) as Record<EntryKind, typeof int>;
  return z.object({ ...shape, total: int });
};

/** Adds `total` to per-kind counts; the sum runs over the registry, so no kind can be left out. */
export function withTotal(counts: Record<EntryKind, number>): Record<EntryKind, number> & { total: number } {
  return { ...counts, total: ENTRY_KINDS.reduce((sum, kind) => sum + counts[kind], 0) };
}
