import type { Evidence, EvidenceRef } from '../../shared/entities/patterns';

/** Newest first; entries of one day keep a stable order by type and id; projects (no date) last. */
function newestFirst(left: EvidenceRef, right: EvidenceRef): number {
  const leftDate = left.date ?? '';
  const rightDate = right.date ?? '';
  if (leftDate !== rightDate) return leftDate < rightDate ? 1 : -1;
  if (left.type !== right.type) return left.type < right.type ? -1 : 1;
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0;
}

const sameEntry = (left: EvidenceRef, right: EvidenceRef) => left.id === right.id && left.type === right.type;

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
 * Whether every repeated id repeats the same entry: same type, same date. Then which of the copies
 * is kept changes nothing, and a list sorted newest first holds the copies side by side, so the
 * faster paths below can drop them as they go. Otherwise they take evidenceOf's slower path.
 */
function repeatsAreCopies(lists: readonly (readonly EvidenceRef[])[]): { copies: boolean; distinct: number } {
  const byId = new Map<string, EvidenceRef>();
  for (const list of lists) {
    for (const ref of list) {
      const seen = byId.get(ref.id);
      if (seen === undefined) byId.set(ref.id, ref);
      else if (seen.type !== ref.type || seen.date !== ref.date) return { copies: false, distinct: 0 };
    }
  }
  return { copies: true, distinct: byId.size };
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

/** One subset of a list for evidenceOfEach: which entries it takes and the count behind them. */
export interface EvidencePart<T> {
  takes: (entry: T) => boolean;
  total: number;
}

/**
 * evidenceOf for several subsets of one list (a person's ledger entries: given, received, in the
 * balance), the list sorted once instead of once per subset. Each result is what evidenceOf gives
 * for that subset's refs in the list's order.
 */
export function evidenceOfEach<T extends EvidenceRef>(entries: readonly T[], parts: readonly EvidencePart<T>[]): Evidence[] {
  if (!repeatsAreCopies([entries]).copies) {
    return parts.map((part) => evidenceOf(entries.filter(part.takes).map(refOf), part.total));
  }
  const sorted = entries.length > 1 ? [...entries].sort(newestFirst) : entries;
  const lists: EvidenceRef[][] = parts.map(() => []);
  const taken = parts.map(() => 0);
  for (const entry of sorted) {
    let ref: EvidenceRef | null = null;
    for (let index = 0; index < parts.length; index++) {
      if (!(parts[index] as EvidencePart<T>).takes(entry)) continue;
      const list = lists[index] as EvidenceRef[];
      taken[index] = (taken[index] as number) + 1;
      const last = list[list.length - 1];
      if (last !== undefined && sameEntry(last, entry)) continue;
      ref ??= refOf(entry);
      list.push(ref);
    }
  }
  return parts.map((part, index) => {
    const refs = lists[index] as EvidenceRef[];
    return { refs, total: Math.max(part.total - ((taken[index] as number) - refs.length), refs.length) };
  });
}

const refOf = (entry: EvidenceRef): EvidenceRef => ({ type: entry.type, id: entry.id, date: entry.date });

const isSorted = (refs: readonly EvidenceRef[]) => refs.every((ref, index) => index === 0 || newestFirst(refs[index - 1] as EvidenceRef, ref) <= 0);

/**
 * evidenceOf for refs that come as several lists (a finding's own and another's, a lesson list and
 * a feedback list): each list sorted on its own, when it is not already, then the lists merged
 * newest first only as far as `limit`, so no sort of every ref together.
 */
export function evidenceOfLists(lists: readonly (readonly EvidenceRef[])[], total: number, limit = Number.POSITIVE_INFINITY): Evidence {
  const { copies, distinct } = repeatsAreCopies(lists);
  if (!copies) return evidenceOf(lists.flat(), total, limit);
  const sorted = lists.map((list) => (isSorted(list) ? list : [...list].sort(newestFirst)));
  const passed = lists.reduce((sum, list) => sum + list.length, 0);
  return { refs: mergeNewestFirst(sorted, Math.min(limit, distinct)), total: Math.max(total - (passed - distinct), distinct) };
}

/** Several findings' evidence as one. */
export function combineEvidence(parts: readonly Evidence[], limit = Number.POSITIVE_INFINITY): Evidence {
  return evidenceOfLists(
    parts.map((part) => part.refs),
    parts.reduce((sum, part) => sum + part.total, 0),
    limit,
  );
}

/** The first `count` distinct refs of sorted lists merged newest first (a heap of the lists' heads). */
function mergeNewestFirst(lists: readonly (readonly EvidenceRef[])[], count: number): EvidenceRef[] {
  const heads = lists.filter((list) => list.length > 0).map((list) => ({ list, at: 0 }));
  const before = (left: { list: readonly EvidenceRef[]; at: number }, right: typeof left) =>
    newestFirst(left.list[left.at] as EvidenceRef, right.list[right.at] as EvidenceRef) < 0;
  const sink = (start: number) => {
    let index = start;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let top = index;
      if (left < heads.length && before(heads[left]!, heads[top]!)) top = left;
      if (right < heads.length && before(heads[right]!, heads[top]!)) top = right;
      if (top === index) return;
      [heads[index], heads[top]] = [heads[top]!, heads[index]!];
      index = top;
    }
  };
  for (let index = (heads.length >> 1) - 1; index >= 0; index--) sink(index);
  const merged: EvidenceRef[] = [];
  while (merged.length < count && heads.length > 0) {
    const head = heads[0]!;
    const ref = head.list[head.at] as EvidenceRef;
    const last = merged[merged.length - 1];
    if (last === undefined || !sameEntry(last, ref)) merged.push(ref);
    head.at += 1;
    if (head.at === head.list.length) {
      const tail = heads.pop()!;
      if (heads.length > 0) heads[0] = tail;
    }
    sink(0);
  }
  return merged;
}

/** Portfolio findings span every relationship; they list at most this many refs, newest first. */
export const PORTFOLIO_REF_LIMIT = 200;
