import type { Evidence, EvidenceRef } from '../../shared/entities/patterns';

/** Newest first; entries of one day keep a stable order by type and id; projects (no date) last. */
function newestFirst(left: EvidenceRef, right: EvidenceRef): number {
  const leftDate = left.date ?? '';
  const rightDate = right.date ?? '';
  if (leftDate !== rightDate) return leftDate < rightDate ? 1 : -1;
  if (left.type !== right.type) return left.type < right.type ? -1 : 1;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

/**
 * One ref per (type, id), the last one passed. Keyed by id alone while no id appears under two
 * types, so no key string is built per ref (the ids' hashes are kept by the strings themselves);
 * a shared id falls back to keys of type and id.
 */
function uniqueRefs(refs: readonly EvidenceRef[]): EvidenceRef[] {
  if (refs.length < 2) return [...refs];
  const byId = new Map<string, EvidenceRef>();
  for (const entry of refs) {
    const seen = byId.get(entry.id);
    if (seen !== undefined && seen.type !== entry.type) {
      const byKey = new Map<string, EvidenceRef>();
      for (const ref of refs) byKey.set(`${ref.type}:${ref.id}`, ref);
      return [...byKey.values()];
    }
    byId.set(entry.id, entry);
  }
  return [...byId.values()];
}

/**
 * Evidence from the refs the caller passed and the authoritative count behind them. One entry can
 * stand behind two ledger rows (a lesson between peers is one given and one received row), so
 * repeated refs are listed once and taken off the total too. The total never falls below the refs
 * listed. `limit` keeps only the newest refs (the total still counts all).
 */
export function evidenceOf(refs: readonly EvidenceRef[], total: number, limit = Number.POSITIVE_INFINITY): Evidence {
  const sorted = uniqueRefs(refs).sort(newestFirst);
  const counted = Math.max(total - (refs.length - sorted.length), sorted.length);
  return { refs: sorted.length > limit ? sorted.slice(0, limit) : sorted, total: counted };
}

/** Several findings' evidence as one. */
export function combineEvidence(parts: readonly Evidence[], limit = Number.POSITIVE_INFINITY): Evidence {
  return evidenceOf(
    parts.flatMap((part) => part.refs),
    parts.reduce((sum, part) => sum + part.total, 0),
    limit,
  );
}

/** Portfolio findings span every relationship; they list at most this many refs, newest first. */
export const PORTFOLIO_REF_LIMIT = 200;
