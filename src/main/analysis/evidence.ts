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
 * Evidence from the refs the caller passed and the authoritative count behind them. One entry can
 * stand behind two ledger rows (a lesson between peers is one given and one received row), so
 * repeated refs are listed once and taken off the total too. The total never falls below the refs
 * listed. `limit` keeps only the newest refs (the total still counts all).
 */
export function evidenceOf(refs: readonly EvidenceRef[], total: number, limit = Number.POSITIVE_INFINITY): Evidence {
  const unique = new Map<string, EvidenceRef>();
  for (const entry of refs) unique.set(`${entry.type}:${entry.id}`, entry);
  const sorted = [...unique.values()].sort(newestFirst);
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
